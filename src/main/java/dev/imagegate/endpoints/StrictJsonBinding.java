package dev.imagegate.endpoints;

import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.deser.std.StdScalarDeserializer;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.type.LogicalType;

import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * A JSON spec means what it says or is refused: an unknown (misspelt) field, a fraction
 * for a whole number, a number or boolean for a string, a string for a number or boolean,
 * null for a number, or anything after the value is a 400 naming the field
 * ({@link ApiProblems}), never a silent coercion that would provision something else than
 * was asked.
 */
@Configuration(proxyBeanMethods = false)
class StrictJsonBinding {

	@Bean
	JsonMapperBuilderCustomizer strictJsonMapper() {
		return (builder) -> builder
			.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, DeserializationFeature.FAIL_ON_TRAILING_TOKENS,
					DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
			.disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
			.addModule(new SimpleModule("strict-numbers").addDeserializer(Double.class, new NumbersOnly()))
			.withCoercionConfig(LogicalType.Textual,
					(text) -> text.setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
						.setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
						.setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
			.withCoercionConfig(LogicalType.Integer,
					(number) -> number.setCoercion(CoercionInputShape.String, CoercionAction.Fail)
						.setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
						.setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
			.withCoercionConfig(LogicalType.Float,
					(number) -> number.setCoercion(CoercionInputShape.String, CoercionAction.Fail)
						.setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
			.withCoercionConfig(LogicalType.Boolean,
					(bool) -> bool.setCoercion(CoercionInputShape.String, CoercionAction.Fail)
						.setCoercion(CoercionInputShape.Integer, CoercionAction.Fail));
	}

	/**
	 * A JSON number, nothing else: Jackson reads the strings "NaN" and "Infinity" as
	 * doubles whatever it is told.
	 */
	static final class NumbersOnly extends StdScalarDeserializer<Double> {

		NumbersOnly() {
			super(Double.class);
		}

		@Override
		public Double deserialize(JsonParser parser, DeserializationContext context) {
			if (parser.currentToken() != null && parser.currentToken().isNumeric()) {
				return parser.getDoubleValue();
			}
			return (Double) context.handleUnexpectedToken(Double.class, parser);
		}

	}

}
