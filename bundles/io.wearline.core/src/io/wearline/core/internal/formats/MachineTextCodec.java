package io.wearline.core.internal.formats;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.diagnostics.AbstractDiagnostic;
import org.eclipse.xtext.resource.XtextResource;

import io.wearline.core.FormatCodes;
import io.wearline.core.ProfileProblem.Severity;
import io.wearline.core.internal.Findings;
import io.wearline.core.internal.Place;
import io.wearline.core.internal.SourceMap;
import io.wearline.dsl.MachineText;
import io.wearline.dsl.validation.IssueCodes;
import io.wearline.model.MachineProfile;

/**
 * The profile language, {@code .machine}: parsed by the language's own parser, written by its serializer and
 * formatter in the canonical layout. The profile read stays in its Xtext resource, so the validator finds the
 * line and column of every issue in the node model.
 */
public final class MachineTextCodec implements FormatCodec {

	@Override
	public MachineProfile read(byte[] content, Findings findings, SourceMap places) {
		String text = decode(content, findings);
		if (text == null) {
			return null;
		}
		XtextResource resource = MachineText.parse(text, URI.createURI("profile.machine"));
		for (Resource.Diagnostic error : resource.getErrors()) {
			// Xtext's syntax errors know their region, which an editor marks
			Findings.Region region = error instanceof AbstractDiagnostic located
					? new Findings.Region(located.getOffset(), located.getLength(), null, List.of())
					: Findings.Region.NONE;
			findings.add(Place.text(Math.max(1, error.getLine()), Math.max(1, error.getColumn())), Severity.ERROR,
					IssueCodes.SYNTAX_ERROR, error::getMessage, region);
		}
		return resource.getContents().isEmpty() ? null : (MachineProfile) resource.getContents().get(0);
	}

	@Override
	public byte[] write(MachineProfile profile) {
		return MachineText.format(profile).getBytes(StandardCharsets.UTF_8);
	}

	/** UTF-8 text without its byte order mark, or {@code null} after reporting where the bytes are not UTF-8. */
	static String decode(byte[] content, Findings findings) {
		int start = content.length >= 3 && (content[0] & 0xFF) == 0xEF && (content[1] & 0xFF) == 0xBB
				&& (content[2] & 0xFF) == 0xBF ? 3 : 0;
		ByteBuffer bytes = ByteBuffer.wrap(content, start, content.length - start);
		try {
			return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
					.onUnmappableCharacter(CodingErrorAction.REPORT).decode(bytes).toString();
		} catch (CharacterCodingException e) {
			findings.error(placeOfFirstBadByte(content, start), FormatCodes.ENCODING,
					"The file is not UTF-8 text; save it as UTF-8 (most editors offer it under 'Save as' or"
							+ " 'Encoding').");
			return null;
		}
	}

	/** The line and column where decoding fails, found by decoding line by line. */
	private static Place placeOfFirstBadByte(byte[] content, int start) {
		int line = 1;
		int lineStart = start;
		for (int i = start; i <= content.length; i++) {
			if (i == content.length || content[i] == '\n') {
				try {
					StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
							.decode(ByteBuffer.wrap(content, lineStart, i - lineStart));
				} catch (CharacterCodingException e) {
					return Place.text(line, 1);
				}
				line++;
				lineStart = i + 1;
			}
		}
		return Place.WHOLE_FILE;
	}
}
