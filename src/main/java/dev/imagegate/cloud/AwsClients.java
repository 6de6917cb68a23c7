package dev.imagegate.cloud;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;

import software.amazon.awssdk.core.SdkClient;
import software.amazon.awssdk.services.apigateway.ApiGatewayClient;
import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.sts.StsClient;

/**
 * The SDK clients, each built the first time it is used, then shared, and closed with the
 * portal. Building one (its endpoint rules, its HTTP client and TLS) took about a third
 * of a second at start-up; and as Spring beans, even lazy ones, Spring's scan of their
 * methods loaded some 1,100 model classes, for a portal whose first page needs none of
 * them yet.
 */
public class AwsClients implements AutoCloseable {

	private final Memo<S3Client> s3;

	private final Memo<IamClient> iam;

	private final Memo<ApiGatewayClient> apiGateway;

	private final Memo<StsClient> sts;

	public AwsClients(Supplier<S3Client> s3, Supplier<IamClient> iam, Supplier<ApiGatewayClient> apiGateway,
			Supplier<StsClient> sts) {
		this.s3 = new Memo<>(s3);
		this.iam = new Memo<>(iam);
		this.apiGateway = new Memo<>(apiGateway);
		this.sts = new Memo<>(sts);
	}

	public S3Client s3() {
		return s3.get();
	}

	public IamClient iam() {
		return iam.get();
	}

	public ApiGatewayClient apiGateway() {
		return apiGateway.get();
	}

	public StsClient sts() {
		return sts.get();
	}

	/** Closes the clients that were built. */
	@Override
	public void close() {
		for (Memo<? extends SdkClient> memo : List.of(s3, iam, apiGateway, sts)) {
			memo.ifBuilt(SdkClient::close);
		}
	}

	/** One client, built once by the first caller; the others wait for it. */
	private static final class Memo<T> {

		private final Supplier<T> factory;

		private volatile T value;

		Memo(Supplier<T> factory) {
			this.factory = factory;
		}

		T get() {
			T known = value;
			if (known == null) {
				synchronized (this) {
					known = value;
					if (known == null) {
						known = factory.get();
						value = known;
					}
				}
			}
			return known;
		}

		void ifBuilt(Consumer<T> action) {
			T known = value;
			if (known != null) {
				action.accept(known);
			}
		}

	}

}
