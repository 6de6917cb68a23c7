package dev.imagegate.localcloud.s3;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * True only in the context {@link EmbeddedS3Mock} builds for S3Mock. The classes
 * configuring that context live in the portal's packages, which the portal's component
 * scan walks: this keeps S3Mock's stores, controllers and error handlers out of the
 * portal's own context.
 */
class InS3MockContext implements Condition {

	static final String MARKER = "imagegate.internal.s3mock-context";

	@Override
	public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
		return context.getEnvironment().getProperty(MARKER, Boolean.class, false);
	}

}
