package dev.imagegate.localcloud.iam;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import dev.imagegate.LocalCloudTest;
import dev.imagegate.localcloud.LocalCloud;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static dev.imagegate.localcloud.iam.IamTestSupport.TRUST_POLICY;
import static dev.imagegate.localcloud.iam.IamTestSupport.uniqueName;
import static org.assertj.core.api.Assertions.assertThat;

/** The query protocol on the wire, as any client (awscli, boto3, curl) sees it. */
@LocalCloudTest
class IamWireTest {

	/** Any credentials do; the scope names the service. */
	private static final String AUTHORIZATION = "AWS4-HMAC-SHA256 Credential=test/20260101/us-east-1/iam/aws4_request, "
			+ "SignedHeaders=host, Signature=0";

	@Autowired
	LocalCloud localCloud;

	private final HttpClient http = HttpClient.newHttpClient();

	private HttpResponse<String> post(String query, String form) throws Exception {
		HttpRequest request = HttpRequest.newBuilder(URI.create(localCloud.endpoint() + "/" + query))
			.header("Authorization", AUTHORIZATION)
			.header("Content-Type", "application/x-www-form-urlencoded; charset=utf-8")
			.POST(HttpRequest.BodyPublishers.ofString(form))
			.build();
		return http.send(request, HttpResponse.BodyHandlers.ofString());
	}

	private static String enc(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

	@Test
	void answersInIamsXmlEnvelopeWithEscapedTextAndEncodedDocuments() throws Exception {
		String name = uniqueName("wire");
		HttpResponse<String> response = post("", "Action=CreateRole&Version=2010-05-08&RoleName=" + name
				+ "&Description=" + enc("a & b <c> \"ü\"") + "&AssumeRolePolicyDocument=" + enc(TRUST_POLICY));

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("text/xml"));
		assertThat(response.body())
			.startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<CreateRoleResponse "
					+ "xmlns=\"https://iam.amazonaws.com/doc/2010-05-08/\"><CreateRoleResult><Role><Path>/</Path>"
					+ "<RoleName>" + name + "</RoleName>")
			.contains("<Description>a &amp; b &lt;c&gt; &quot;ü&quot;</Description>")
			.contains("<AssumeRolePolicyDocument>%7B%0A%20%20%20%20%22Version%22%3A%20%222012-10-17%22")
			.containsPattern(
					"<ResponseMetadata><RequestId>[0-9a-f-]{36}</RequestId></ResponseMetadata></CreateRoleResponse>$");
	}

	@Test
	void readsParametersFromTheQueryStringToo() throws Exception {
		String name = uniqueName("wire-query");
		post("", "Action=CreateRole&RoleName=" + name + "&AssumeRolePolicyDocument=" + enc(TRUST_POLICY));

		HttpResponse<String> response = post("?Action=GetRole&Version=2010-05-08&RoleName=" + name, "");

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).contains("<GetRoleResult><Role>")
			.contains("<RoleName>" + name + "</RoleName>")
			.contains("<RoleLastUsed></RoleLastUsed></Role></GetRoleResult>");
	}

	@Test
	void actionsWithoutOutputHaveNoResultElement() throws Exception {
		String name = uniqueName("wire-delete");
		post("", "Action=CreateRole&RoleName=" + name + "&AssumeRolePolicyDocument=" + enc(TRUST_POLICY));

		HttpResponse<String> response = post("", "Action=DeleteRole&Version=2010-05-08&RoleName=" + name);

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body())
			.contains("<DeleteRoleResponse xmlns=\"https://iam.amazonaws.com/doc/2010-05-08/\"><ResponseMetadata>")
			.doesNotContain("DeleteRoleResult");
	}

	@Test
	void unknownActionIsInvalidAction() throws Exception {
		HttpResponse<String> response = post("", "Action=CreateUser&Version=2010-05-08&UserName=bob");

		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.body())
			.contains("<ErrorResponse xmlns=\"https://iam.amazonaws.com/doc/2010-05-08/\"><Error><Type>Sender</Type>"
					+ "<Code>InvalidAction</Code>")
			.containsPattern("</Error><RequestId>[0-9a-f-]{36}</RequestId></ErrorResponse>$");
	}

	@Test
	void missingParameterIsAValidationErrorAndErrorsAreEscaped() throws Exception {
		HttpResponse<String> missing = post("", "Action=GetRole&Version=2010-05-08");
		assertThat(missing.statusCode()).isEqualTo(400);
		assertThat(missing.body()).contains("<Code>ValidationError</Code>")
			.contains("Value null at &apos;roleName&apos; failed to satisfy constraint: Member must not be null");

		HttpResponse<String> odd = post("", "Action=GetRole&RoleName=" + enc("<x&y>"));
		assertThat(odd.statusCode()).isEqualTo(400);
		assertThat(odd.body()).contains("Value &apos;&lt;x&amp;y&gt;&apos; at &apos;roleName&apos;");
	}

}
