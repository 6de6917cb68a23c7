package dev.imagegate.endpoints;

import java.net.URI;
import java.util.List;

import jakarta.validation.Valid;

import dev.imagegate.proxyapi.Plan;
import dev.imagegate.proxyapi.ProvisioningResult;
import dev.imagegate.proxyapi.ProxyApiProvisioner;
import dev.imagegate.proxyapi.ProxyApiSpec;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The JSON API for automation: the same provisioning, discovery and teardown as the
 * wizard and the dashboard. Documented in docs/json-api.md and at /v3/api-docs.
 */
@JsonApi
@RestController
@RequestMapping(path = "/api", produces = "application/json")
class EndpointsApiController {

	private final ProxyApiProvisioner provisioner;

	private final EndpointDiscovery discovery;

	private final EndpointTeardown teardown;

	private final EndpointSpecs specs;

	EndpointsApiController(ProxyApiProvisioner provisioner, EndpointDiscovery discovery, EndpointTeardown teardown,
			EndpointSpecs specs) {
		this.provisioner = provisioner;
		this.discovery = discovery;
		this.teardown = teardown;
		this.specs = specs;
	}

	/** What a run would change in the account; changes nothing. */
	@PostMapping(path = "/plan", consumes = "application/json")
	Plan plan(@Valid @RequestBody ProxyApiSpec spec) {
		return provisioner.plan(spec);
	}

	/**
	 * Runs the spec: 201 with the result when every step is done and the API was created,
	 * 200 when it already existed (a re-run repairs what differs and creates nothing),
	 * 422 with the same result (the failed step carries AWS's error) when one failed; run
	 * again to continue.
	 */
	@PostMapping(path = "/endpoints", consumes = "application/json")
	ResponseEntity<ProvisioningResult> provision(@Valid @RequestBody ProxyApiSpec spec,
			@RequestParam(defaultValue = "false") boolean update) {
		if (!update) {
			refuseAChangeToAnotherEndpoint(spec);
		}
		ProvisioningResult result = provisioner.provision(spec);
		if (!result.succeeded()) {
			return ResponseEntity.status(HttpStatus.UNPROCESSABLE_CONTENT).body(result);
		}
		boolean created = result.steps().stream().anyMatch((step) -> step.awsCalls().contains("CreateRestApi"));
		if (!created) {
			return ResponseEntity.ok(result);
		}
		return ResponseEntity.created(URI.create("/api/endpoints/" + result.apiId())).body(result);
	}

	/**
	 * A spec names its endpoint by apiName: under an existing name it would re-point that
	 * endpoint. The same spec again is a re-run (it repairs what differs); a different
	 * one needs {@code update}.
	 */
	private void refuseAChangeToAnotherEndpoint(ProxyApiSpec spec) {
		discovery.findByName(spec.apiName()).ifPresent((existing) -> {
			ProxyApiSpec current = specs.current(existing.apiId()).orElse(null);
			if (current == null || !current.describesSameEndpointAs(spec)) {
				throw new EndpointNameTakenException(existing);
			}
		});
	}

	@GetMapping("/endpoints")
	List<ManagedEndpoint> list() {
		return discovery.list();
	}

	@GetMapping("/endpoints/{apiId}")
	ManagedEndpoint get(@PathVariable String apiId) {
		return discovery.find(apiId).orElseThrow(() -> new EndpointNotFoundException(apiId));
	}

	/** Deletes the API and its role; the images only with {@code deleteImages=true}. */
	@DeleteMapping("/endpoints/{apiId}")
	EndpointTeardown.TeardownResult delete(@PathVariable String apiId,
			@RequestParam(defaultValue = "false") boolean deleteImages) {
		return teardown.teardown(apiId, deleteImages);
	}

}
