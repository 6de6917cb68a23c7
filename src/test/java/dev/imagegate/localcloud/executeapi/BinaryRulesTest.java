package dev.imagegate.localcloud.executeapi;

import java.util.List;

import dev.imagegate.localcloud.executeapi.BinaryRules.Conversion;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Both tables of "Content type conversions in API Gateway" (developer guide,
 * api-gateway-payload-encodings-workflow).
 */
class BinaryRulesTest {

	static final List<String> ALL = List.of("*/*");

	static final List<String> PNG = List.of("image/png");

	@Test
	void withoutContentHandlingPayloadAndAcceptDecide() {
		assertThat(BinaryRules.conversion("image/png", "image/png", PNG, null)).isEqualTo(Conversion.NONE);
		assertThat(BinaryRules.conversion("image/png", "application/json", PNG, null)).isEqualTo(Conversion.TO_BASE64);
		assertThat(BinaryRules.conversion("text/plain", "image/png", PNG, null)).isEqualTo(Conversion.FROM_BASE64);
		assertThat(BinaryRules.conversion("text/plain", "text/html", PNG, null)).isEqualTo(Conversion.TEXT);
	}

	@Test
	void noAcceptCountsAsText() {
		assertThat(BinaryRules.conversion("image/jpeg", null, ALL, null)).isEqualTo(Conversion.TO_BASE64);
		assertThat(BinaryRules.conversion("image/jpeg", "", ALL, null)).isEqualTo(Conversion.TO_BASE64);
	}

	@Test
	void onlyTheFirstAcceptedTypeCounts() {
		assertThat(BinaryRules.conversion("image/png", "text/html,image/png", PNG, null))
			.isEqualTo(Conversion.TO_BASE64);
		assertThat(BinaryRules.conversion("image/png", "image/png;q=0.9,text/html", PNG, null))
			.isEqualTo(Conversion.NONE);
	}

	@Test
	void wildcardEntriesCoverTypesButAWildcardAcceptIsLiteral() {
		assertThat(BinaryRules.isBinary("application/xml", ALL)).isTrue();
		assertThat(BinaryRules.isBinary("image/png", List.of("image/*"))).isTrue();
		assertThat(BinaryRules.isBinary("image/*", PNG)).isFalse();
		assertThat(BinaryRules.isBinary("IMAGE/PNG; charset=x", PNG)).isTrue();
		assertThat(BinaryRules.isBinary(null, ALL)).isFalse();
		assertThat(BinaryRules.isBinary("image/png", List.of())).isFalse();
	}

	@Test
	void patternsMatchRunsAndSingleCharactersWithBacktracking() {
		assertThat(BinaryRules.matches("application/*+xml", "application/atom+xml")).isTrue();
		assertThat(BinaryRules.matches("application/*+xml", "application/json")).isFalse();
		assertThat(BinaryRules.matches("image/??g", "image/png")).isTrue();
		assertThat(BinaryRules.matches("image/??g", "image/jpeg")).isFalse();
		assertThat(BinaryRules.matches("a*b*c", "axxbyybzzc")).isTrue();
		assertThat(BinaryRules.matches("a*b*c", "axxbyybzz")).isFalse();
		assertThat(BinaryRules.matches("**", "")).isTrue();
		assertThat(BinaryRules.matches("image/png", "image/pn")).isFalse();
	}

	@Test
	void contentHandlingOverrides() {
		assertThat(BinaryRules.conversion("image/jpeg", null, ALL, "CONVERT_TO_BINARY")).isEqualTo(Conversion.NONE);
		assertThat(BinaryRules.conversion("text/plain", "text/plain", PNG, "CONVERT_TO_BINARY"))
			.isEqualTo(Conversion.FROM_BASE64);
		assertThat(BinaryRules.conversion("image/png", "image/png", PNG, "CONVERT_TO_TEXT"))
			.isEqualTo(Conversion.TO_BASE64);
		assertThat(BinaryRules.conversion("text/plain", "image/png", PNG, "CONVERT_TO_TEXT"))
			.isEqualTo(Conversion.TEXT);
	}

	@Test
	void requestPayloadsAreBinaryByTheirOwnContentType() {
		assertThat(BinaryRules.requestConversion("image/png", PNG, null)).isEqualTo(Conversion.NONE);
		assertThat(BinaryRules.requestConversion("text/plain", PNG, null)).isEqualTo(Conversion.TEXT);
		assertThat(BinaryRules.requestConversion(null, PNG, null)).isEqualTo(Conversion.TEXT);
		assertThat(BinaryRules.requestConversion("image/png", PNG, "CONVERT_TO_TEXT")).isEqualTo(Conversion.TO_BASE64);
		assertThat(BinaryRules.requestConversion("text/plain", PNG, "CONVERT_TO_TEXT")).isEqualTo(Conversion.TEXT);
		assertThat(BinaryRules.requestConversion("image/png", PNG, "CONVERT_TO_BINARY")).isEqualTo(Conversion.NONE);
		assertThat(BinaryRules.requestConversion("text/plain", PNG, "CONVERT_TO_BINARY"))
			.isEqualTo(Conversion.FROM_BASE64);
	}

}
