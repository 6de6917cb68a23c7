package dev.imagegate.localcloud.executeapi;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Passes a payload on as UTF-8 text, the way API Gateway passes a text payload through:
 * each byte that is not part of valid UTF-8 becomes U+FFFD (EF BF BD), so a 67-byte gzip
 * body arrives as 99 bytes (LocalStack's AWS-recorded test_apigateway_s3 binary cases).
 * Valid UTF-8 is unchanged. Streams: a sequence cut between two writes is held until its
 * next bytes come.
 */
final class Utf8TextStream extends FilterOutputStream {

	private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
		.onMalformedInput(CodingErrorAction.REPLACE)
		.onUnmappableCharacter(CodingErrorAction.REPLACE);

	/** The start of a sequence the last write ended inside (at most 3 bytes). */
	private byte[] carry = new byte[0];

	Utf8TextStream(OutputStream out) {
		super(out);
	}

	@Override
	public void write(int b) throws IOException {
		write(new byte[] { (byte) b }, 0, 1);
	}

	@Override
	public void write(byte[] bytes, int offset, int length) throws IOException {
		ByteBuffer in = ByteBuffer.allocate(carry.length + length).put(carry).put(bytes, offset, length).flip();
		decode(in, false);
		carry = new byte[in.remaining()];
		in.get(carry);
	}

	@Override
	public void close() throws IOException {
		decode(ByteBuffer.wrap(carry), true);
		carry = new byte[0];
		super.close();
	}

	private void decode(ByteBuffer in, boolean end) throws IOException {
		// Never more characters than bytes: a replacement stands for at least one byte.
		CharBuffer chars = CharBuffer.allocate(in.remaining() + 1);
		decoder.decode(in, chars, end);
		if (end) {
			decoder.flush(chars);
		}
		chars.flip();
		ByteBuffer encoded = StandardCharsets.UTF_8.encode(chars);
		out.write(encoded.array(), encoded.arrayOffset() + encoded.position(), encoded.remaining());
	}

}
