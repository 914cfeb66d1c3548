package io.wearline.dsl.ide.quickfix;

import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;

/**
 * Text edits on the profile's text, placed by the node model of the element being fixed. Fixes change as little
 * text as they can, so the engineer's layout and comments stay as they were.
 */
final class ProfileTextEdits {
	private final Document document;

	ProfileTextEdits(Document document) {
		this.document = document;
	}

	/** The text of a feature's value, e.g. the number after {@code nominal}; null if the text does not give it. */
	static INode node(EObject element, EStructuralFeature feature) {
		List<INode> nodes = NodeModelUtils.findNodesForFeature(element, feature);
		return nodes.isEmpty() ? null : nodes.get(0);
	}

	TextEdit replace(INode node, String text) {
		return replace(node.getOffset(), node.getLength(), text);
	}

	TextEdit replace(int offset, int length, String text) {
		Range range = new Range(document.getPosition(offset), document.getPosition(offset + length));
		return new TextEdit(range, text);
	}

	/** Exchanges the texts of two values, e.g. a range's bounds. */
	List<TextEdit> swap(INode first, INode second) {
		return List.of(replace(first, second.getText().strip()), replace(second, first.getText().strip()));
	}

	/** Removes text from the end of one node to the end of another, e.g. {@code , rate = 2} of a list. */
	TextEdit removeBetween(INode before, INode last) {
		return replace(before.getEndOffset(), last.getEndOffset() - before.getEndOffset(), "");
	}

	/**
	 * Adds a statement after the one that ends with {@code anchor}: on a line of its own with the anchor line's
	 * indentation when the anchor ends its line (or only a comment follows it), else on the same line.
	 */
	TextEdit addAfter(INode anchor, String statement) {
		String text = document.getContents();
		int end = anchor.getEndOffset();
		int lineEnd = lineEnd(text, end);
		String rest = text.substring(end, lineEnd).strip();
		if (rest.isEmpty() || rest.startsWith("//") || rest.startsWith("#")) {
			return replace(lineEnd, 0, lineBreak(text) + indentation(text, anchor.getOffset()) + statement);
		}
		return replace(end, 0, " " + statement);
	}

	private static int lineEnd(String text, int from) {
		int end = from;
		while (end < text.length() && text.charAt(end) != '\n' && text.charAt(end) != '\r') {
			end++;
		}
		return end;
	}

	private static String indentation(String text, int offset) {
		int start = offset;
		while (start > 0 && text.charAt(start - 1) != '\n' && text.charAt(start - 1) != '\r') {
			start--;
		}
		int end = start;
		while (end < text.length() && (text.charAt(end) == ' ' || text.charAt(end) == '\t')) {
			end++;
		}
		return text.substring(start, end);
	}

	private static String lineBreak(String text) {
		return text.contains("\r\n") ? "\r\n" : "\n";
	}
}
