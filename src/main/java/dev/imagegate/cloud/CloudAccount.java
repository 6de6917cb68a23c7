package dev.imagegate.cloud;

import software.amazon.awssdk.services.sts.model.GetCallerIdentityResponse;

import org.springframework.stereotype.Service;

/**
 * Which account the portal's credentials belong to, from STS GetCallerIdentity: it needs
 * no permission, so it answers even for an identity that may do nothing else.
 */
@Service
public class CloudAccount {

	private final AwsClients clients;

	public CloudAccount(AwsClients clients) {
		this.clients = clients;
	}

	/**
	 * Asked anew each time (credentials can change under the SDK: SSO, refreshed roles);
	 * throws SdkException when STS refuses.
	 */
	public CallerIdentity identify() {
		GetCallerIdentityResponse identity = clients.sts().getCallerIdentity();
		return new CallerIdentity(identity.account(), identity.arn());
	}

}
