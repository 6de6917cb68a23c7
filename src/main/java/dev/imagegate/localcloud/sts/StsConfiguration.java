package dev.imagegate.localcloud.sts;

import dev.imagegate.localcloud.ConditionalOnLocalCloud;
import dev.imagegate.localcloud.LocalCloudProperties;
import dev.imagegate.localcloud.query.QueryHandler;
import dev.imagegate.localcloud.query.QueryProtocol;
import dev.imagegate.localcloud.wire.CloudServiceHandler;
import dev.imagegate.localcloud.wire.FaultInjector;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * STS on the local cloud's port: the query protocol ({@code Version=2011-06-15}) and
 * STS's XML.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnLocalCloud
class StsConfiguration {

	/**
	 * STS's own internal error is the common {@code InternalFailure}; it has no
	 * ServiceFailure as IAM does.
	 */
	static final QueryProtocol STS = new QueryProtocol("sts", "2011-06-15", "https://sts.amazonaws.com/doc/2011-06-15/",
			"InternalFailure");

	@Bean
	CloudServiceHandler stsQueryHandler(LocalCloudProperties properties, FaultInjector faults) {
		return new QueryHandler(STS, new StsActions(properties.accountId())::find, faults);
	}

}
