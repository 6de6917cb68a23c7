package dev.imagegate.proxyapi;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import dev.imagegate.buckets.BucketService;
import dev.imagegate.cloud.AwsCallRecorder;
import dev.imagegate.cloud.AwsClients;
import dev.imagegate.cloud.AwsErrors;
import dev.imagegate.cloud.CloudConnection;
import dev.imagegate.proxyapi.steps.BucketStep;
import dev.imagegate.proxyapi.steps.Change;
import dev.imagegate.proxyapi.steps.DeploymentStep;
import dev.imagegate.proxyapi.steps.IntegrationStep;
import dev.imagegate.proxyapi.steps.MethodStep;
import dev.imagegate.proxyapi.steps.ProvisioningContext;
import dev.imagegate.proxyapi.steps.ProvisioningStep;
import dev.imagegate.proxyapi.steps.ResourceStep;
import dev.imagegate.proxyapi.steps.ResponsesStep;
import dev.imagegate.proxyapi.steps.RestApiStep;
import dev.imagegate.proxyapi.steps.RoleStep;
import dev.imagegate.proxyapi.steps.StepFailure;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.core.exception.SdkException;

import org.springframework.stereotype.Service;

/**
 * Makes a proxy API exist as its spec says, through the steps of the AWS console tutorial
 * this project automates (see the steps package's docs) and a verification, in any cloud
 * mode: plans without changing anything, runs idempotently (a second run changes
 * nothing), stops at the first failed step leaving what is done, and continues there next
 * time.
 */
@Service
public class ProxyApiProvisioner {

	private static final Logger log = LoggerFactory.getLogger(ProxyApiProvisioner.class);

	private static final String VERIFICATION = "verification";

	private static final String VERIFICATION_TITLE = "Image served through the invoke URL";

	private final List<ProvisioningStep> steps;

	private final EndpointVerifier verifier;

	private final InvokeUrls invokeUrls;

	private final CloudConnection connection;

	private final Validator validator;

	/** One run at a time per API name, so two runs never create two APIs. */
	private final Map<String, ReentrantLock> runsByApiName = new ConcurrentHashMap<>();

	public ProxyApiProvisioner(BucketService buckets, AwsClients clients, EndpointVerifier verifier,
			InvokeUrls invokeUrls, CloudConnection connection, Validator validator) {
		this.steps = List.of(new BucketStep(buckets), new RoleStep(clients), new RestApiStep(clients),
				new ResourceStep(clients), new MethodStep(clients), new IntegrationStep(clients),
				new ResponsesStep(clients), new DeploymentStep(clients));
		this.verifier = verifier;
		this.invokeUrls = invokeUrls;
		this.connection = connection;
		this.validator = validator;
	}

	/**
	 * The ordered changes a run would make against the current state; changes nothing.
	 */
	public Plan plan(ProxyApiSpec spec) {
		validate(spec);
		ProvisioningContext context = new ProvisioningContext(design(spec), (message) -> {
		});
		List<Plan.PlannedStep> planned = new ArrayList<>();
		for (ProvisioningStep step : steps) {
			try {
				List<Plan.PlannedCall> calls = step.changes(context)
					.stream()
					.map((change) -> new Plan.PlannedCall(change.operation(), change.cli()))
					.toList();
				planned.add(new Plan.PlannedStep(step.name(), step.title(), calls));
			}
			catch (StepFailure ex) {
				return new Plan(planned, ex.getMessage());
			}
		}
		return new Plan(planned, null);
	}

	public ProvisioningResult provision(ProxyApiSpec spec) {
		return provision(spec, ProvisioningListener.NONE);
	}

	public ProvisioningResult provision(ProxyApiSpec spec, ProvisioningListener listener) {
		validate(spec);
		ReentrantLock lock = runsByApiName.computeIfAbsent(spec.apiName(), (name) -> new ReentrantLock());
		lock.lock();
		try {
			return run(spec, listener);
		}
		finally {
			lock.unlock();
		}
	}

	private ProvisioningResult run(ProxyApiSpec spec, ProvisioningListener listener) {
		List<StepReport> reports = new ArrayList<>();
		AtomicReference<String> currentStep = new AtomicReference<>();
		ProvisioningContext context = new ProvisioningContext(design(spec),
				(message) -> listener.progress(currentStep.get(), message));
		for (ProvisioningStep step : steps) {
			currentStep.set(step.name());
			StepReport report = runStep(step.name(), step.title(), context, listener,
					() -> applyChanges(step, context));
			reports.add(report);
			if (report.status() == StepStatus.FAILED) {
				skipRemaining(reports, step, listener);
				log.info("Provisioning {} stopped at step {}: {}", spec.apiName(), step.name(), report.error().code());
				return new ProvisioningResult(context.apiId(), urlTemplate(context), spec.stage(), false, reports,
						null);
			}
		}
		currentStep.set(VERIFICATION);
		AtomicReference<Verification> verification = new AtomicReference<>();
		reports.add(runStep(VERIFICATION, VERIFICATION_TITLE, context, listener, () -> {
			verification.set(verify(spec, context, listener));
			return Outcome.of(verification.get());
		}));
		return new ProvisioningResult(context.apiId(), urlTemplate(context), spec.stage(), true, reports,
				verification.get());
	}

	/**
	 * Runs one step's work as every step runs, the verification included: announced, its
	 * AWS calls recorded (retries shown as progress), timed, and reported with the ids it
	 * produced.
	 */
	private StepReport runStep(String name, String title, ProvisioningContext context, ProvisioningListener listener,
			Supplier<Outcome> work) {
		listener.stepStarted(name, title);
		Map<String, String> idsBefore = context.ids();
		long start = System.nanoTime();
		Outcome outcome;
		List<String> calls;
		try (AwsCallRecorder.Recording recording = AwsCallRecorder.start()
			.onRetry((message) -> listener.progress(name, message))) {
			try {
				outcome = work.get();
			}
			catch (SdkException ex) {
				outcome = Outcome.failed(AwsErrors.code(ex), AwsErrors.message(ex));
			}
			catch (StepFailure ex) {
				outcome = Outcome.failed(ex.code(), ex.getMessage());
			}
			calls = recording.calls();
		}
		long durationMs = (System.nanoTime() - start) / 1_000_000;
		Map<String, String> ids = idsOfStep(idsBefore, context);
		ids.putAll(outcome.ids());
		StepReport report = new StepReport(name, title, outcome.status(), durationMs, calls, ids, outcome.error());
		listener.stepFinished(report);
		return report;
	}

	private static Outcome applyChanges(ProvisioningStep step, ProvisioningContext context) {
		for (Change change : step.changes(context)) {
			change.apply().run();
		}
		return Outcome.DONE;
	}

	/** The ids a step produced or found: those the context did not hold before it. */
	private static Map<String, String> idsOfStep(Map<String, String> before, ProvisioningContext context) {
		Map<String, String> ids = new LinkedHashMap<>();
		context.ids().forEach((name, value) -> {
			if (!value.equals(before.get(name))) {
				ids.put(name, value);
			}
		});
		return ids;
	}

	private void skipRemaining(List<StepReport> reports, ProvisioningStep failed, ProvisioningListener listener) {
		boolean after = false;
		for (ProvisioningStep step : steps) {
			if (after) {
				reports.add(notRun(step.name(), step.title(), listener));
			}
			after = after || step == failed;
		}
		reports.add(notRun(VERIFICATION, VERIFICATION_TITLE, listener));
	}

	private static StepReport notRun(String name, String title, ProvisioningListener listener) {
		StepReport report = new StepReport(name, title, StepStatus.NOT_RUN, 0, List.of(), Map.of(), null);
		listener.stepFinished(report);
		return report;
	}

	/**
	 * The end-to-end check; an AWS error reading the image to compare is its failure, not
	 * the run's.
	 */
	private Verification verify(ProxyApiSpec spec, ProvisioningContext context, ProvisioningListener listener) {
		try {
			return verifier.verify(spec.bucket(), spec.prefix(), urlTemplate(context), context.roleCreated(),
					(message) -> listener.progress(VERIFICATION, message));
		}
		catch (SdkException ex) {
			return Verification.failed(AwsErrors.describe(ex));
		}
	}

	private String urlTemplate(ProvisioningContext context) {
		return (context.apiId() == null) ? null : invokeUrls.template(context.apiId(), context.spec().stage(),
				context.spec().resource(), context.spec().queryParameter());
	}

	private ProxyApiDesign design(ProxyApiSpec spec) {
		return ProxyApiDesign.of(spec, connection.region().id());
	}

	/** Refuses an invalid spec with a message per field, before any AWS call. */
	public void validate(ProxyApiSpec spec) {
		Map<String, String> errors = new LinkedHashMap<>();
		for (ConstraintViolation<ProxyApiSpec> violation : validator.validate(spec)) {
			String field = violation.getPropertyPath().toString();
			errors.merge(ProxyApiSpec.fieldOf(field), violation.getMessage(), (a, b) -> a + "; " + b);
		}
		if (!errors.isEmpty()) {
			throw new InvalidSpecException(errors);
		}
	}

	/**
	 * What a step's work ended in: the status, AWS's error when it failed, and ids it
	 * reports beyond those it added to the context (the verification's result).
	 */
	private record Outcome(StepStatus status, StepReport.StepError error, Map<String, String> ids) {

		static final Outcome DONE = new Outcome(StepStatus.DONE, null, Map.of());

		static Outcome failed(String code, String message) {
			return new Outcome(StepStatus.FAILED, new StepReport.StepError(code, message), Map.of());
		}

		/**
		 * "done" only when an image was fetched and compared; "skipped" when it could not
		 * be.
		 */
		static Outcome of(Verification verification) {
			Map<String, String> ids = Map.of("result", verification.status().value());
			return switch (verification.status()) {
				case FAILED -> new Outcome(StepStatus.FAILED,
						new StepReport.StepError("VerificationFailed", verification.detail()), ids);
				case SKIPPED, NOT_AVAILABLE -> new Outcome(StepStatus.SKIPPED, null, ids);
				case PASSED -> new Outcome(StepStatus.DONE, null, ids);
			};
		}

	}

}
