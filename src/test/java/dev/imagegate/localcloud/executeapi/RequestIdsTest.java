package dev.imagegate.localcloud.executeapi;

import java.util.UUID;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The ids keep API Gateway's formats now that they no longer come from SecureRandom. */
class RequestIdsTest {

	@Test
	void requestIdIsARandomUuid() {
		UUID id = UUID.fromString(RequestIds.requestId());
		assertThat(id.version()).isEqualTo(4);
		assertThat(id.variant()).isEqualTo(2);
		assertThat(RequestIds.requestId()).hasSize(36).isNotEqualTo(RequestIds.requestId());
	}

	@Test
	void apigwIdIsSixteenCharactersOfBase64() {
		assertThat(RequestIds.apigwId()).matches("[A-Za-z0-9+/]{14}==").isNotEqualTo(RequestIds.apigwId());
	}

	@Test
	void traceIdHasXRaysRootFormat() {
		assertThat(RequestIds.traceId(0x5759e988L)).matches("Root=1-5759e988-[0-9a-f]{24}");
		assertThat(RequestIds.traceId(1)).startsWith("Root=1-00000001-").isNotEqualTo(RequestIds.traceId(1));
	}

}
