package dev.imagegate.localcloud.cloudformation;

import dev.imagegate.localcloud.ConditionalOnLocalCloud;
import dev.imagegate.localcloud.LocalCloud;
import dev.imagegate.localcloud.LocalCloudProperties;
import dev.imagegate.localcloud.query.QueryHandler;
import dev.imagegate.localcloud.query.QueryProtocol;
import dev.imagegate.localcloud.store.DataDirectory;
import dev.imagegate.localcloud.wire.CloudServiceHandler;
import dev.imagegate.localcloud.wire.FaultInjector;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * CloudFormation on the local cloud's port: the query protocol
 * ({@code Version=2010-05-15}) and its XML, stacks kept under
 * {@code {data-dir}/cloudformation/}, resources made through the local cloud's own S3,
 * IAM and API Gateway.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnLocalCloud
class CloudFormationConfiguration {

	static final QueryProtocol CLOUDFORMATION = new QueryProtocol("cloudformation", "2010-05-15",
			"http://cloudformation.amazonaws.com/doc/2010-05-15/", "InternalFailure");

	/**
	 * The local cloud is looked up on first use: it is built from the services, this one
	 * included.
	 */
	@Bean(destroyMethod = "close")
	CloudClients cloudFormationClients(ObjectProvider<LocalCloud> localCloud) {
		return new CloudClients(localCloud::getObject);
	}

	@Bean
	ResourceTypes cloudFormationResourceTypes(CloudClients clients) {
		return ResourceTypes.all(clients);
	}

	@Bean
	Stacks cloudFormationStacks(DataDirectory data, LocalCloudProperties properties, ResourceTypes types) {
		StackDeployer deployer = new StackDeployer(types, properties.region(), properties.accountId());
		return new Stacks(new StackStore(data.path()), types, deployer, properties.region(), properties.accountId());
	}

	@Bean
	ChangeSets cloudFormationChangeSets(Stacks stacks, LocalCloudProperties properties) {
		return new ChangeSets(stacks, properties.region(), properties.accountId());
	}

	@Bean
	CloudServiceHandler cloudFormationQueryHandler(Stacks stacks, ChangeSets changeSets, CloudClients clients,
			FaultInjector faults) {
		CloudFormationActions actions = new CloudFormationActions(stacks, changeSets, new TemplateUrls(clients));
		return new QueryHandler(CLOUDFORMATION, actions::find, faults);
	}

}
