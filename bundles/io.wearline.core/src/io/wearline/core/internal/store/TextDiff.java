package io.wearline.core.internal.store;

import java.util.ArrayList;
import java.util.List;

/**
 * A unified diff of two texts ({@code diff -u}), for {@code wearline diff}: what a reviewer reads after the
 * element-by-element changes. Common lines at both ends are set aside first, so a change in a long profile costs
 * only its own lines; the rest is a longest common subsequence, which is exact for profile-sized texts. Beyond
 * {@value #MAX_CELLS} cells the middle is shown as removed and added whole rather than using a lot of memory.
 */
public final class TextDiff {
	private static final int CONTEXT = 3;
	private static final long MAX_CELLS = 16_000_000L;

	private TextDiff() {
	}

	/** One line of the edit script: ' ' kept, '-' removed, '+' added. */
	private record Edit(char kind, String line, int oldLine, int newLine) {
	}

	/**
	 * The unified diff of two texts; empty when they are equal.
	 *
	 * @param oldName the name in the {@code ---} header
	 * @param newName the name in the {@code +++} header
	 */
	public static String unified(String oldText, String newText, String oldName, String newName) {
		if (oldText.equals(newText)) {
			return "";
		}
		List<Edit> edits = edits(oldText.lines().toList(), newText.lines().toList());
		StringBuilder out = new StringBuilder("--- ").append(oldName).append('\n').append("+++ ").append(newName)
				.append('\n');
		int i = 0;
		while (i < edits.size()) {
			if (edits.get(i).kind() == ' ') {
				i++;
				continue;
			}
			int start = Math.max(0, i - CONTEXT);
			int end = hunkEnd(edits, i);
			hunk(edits.subList(start, end), out);
			i = end;
		}
		return out.toString();
	}

	/** Where a hunk that has a change at {@code i} ends: after the last change followed by too much context. */
	private static int hunkEnd(List<Edit> edits, int i) {
		int lastChange = i;
		for (int j = i; j < edits.size() && j - lastChange <= 2 * CONTEXT; j++) {
			if (edits.get(j).kind() != ' ') {
				lastChange = j;
			}
		}
		return Math.min(edits.size(), lastChange + 1 + CONTEXT);
	}

	private static void hunk(List<Edit> hunk, StringBuilder out) {
		int oldStart = 0;
		int newStart = 0;
		int oldCount = 0;
		int newCount = 0;
		for (Edit edit : hunk) {
			if (edit.kind() != '+') {
				oldStart = oldCount++ == 0 ? edit.oldLine() : oldStart;
			}
			if (edit.kind() != '-') {
				newStart = newCount++ == 0 ? edit.newLine() : newStart;
			}
		}
		out.append("@@ -").append(range(oldStart, oldCount, hunk.get(0).oldLine())).append(" +")
				.append(range(newStart, newCount, hunk.get(0).newLine())).append(" @@\n");
		for (Edit edit : hunk) {
			out.append(edit.kind()).append(edit.line()).append('\n');
		}
	}

	/** {@code start,count} as diff writes it: an empty side names the line before it. */
	private static String range(int start, int count, int firstLine) {
		return count == 0 ? Math.max(0, firstLine - 1) + ",0" : start + "," + count;
	}

	private static List<Edit> edits(List<String> a, List<String> b) {
		int prefix = 0;
		while (prefix < a.size() && prefix < b.size() && a.get(prefix).equals(b.get(prefix))) {
			prefix++;
		}
		int suffix = 0;
		while (suffix < a.size() - prefix && suffix < b.size() - prefix
				&& a.get(a.size() - 1 - suffix).equals(b.get(b.size() - 1 - suffix))) {
			suffix++;
		}
		List<Edit> edits = new ArrayList<>();
		for (int k = 0; k < prefix; k++) {
			edits.add(new Edit(' ', a.get(k), k + 1, k + 1));
		}
		middle(a.subList(prefix, a.size() - suffix), b.subList(prefix, b.size() - suffix), prefix, edits);
		for (int k = suffix; k > 0; k--) {
			int oi = a.size() - k;
			int ni = b.size() - k;
			edits.add(new Edit(' ', a.get(oi), oi + 1, ni + 1));
		}
		return edits;
	}

	private static void middle(List<String> a, List<String> b, int offset, List<Edit> edits) {
		int n = a.size();
		int m = b.size();
		if ((long) (n + 1) * (m + 1) > MAX_CELLS) {
			for (int i = 0; i < n; i++) {
				edits.add(new Edit('-', a.get(i), offset + i + 1, offset + 1));
			}
			for (int j = 0; j < m; j++) {
				edits.add(new Edit('+', b.get(j), offset + n + 1, offset + j + 1));
			}
			return;
		}
		int[][] common = new int[n + 1][m + 1];
		for (int i = n - 1; i >= 0; i--) {
			for (int j = m - 1; j >= 0; j--) {
				common[i][j] = a.get(i).equals(b.get(j)) ? common[i + 1][j + 1] + 1
						: Math.max(common[i + 1][j], common[i][j + 1]);
			}
		}
		int i = 0;
		int j = 0;
		while (i < n || j < m) {
			if (i < n && j < m && a.get(i).equals(b.get(j))) {
				edits.add(new Edit(' ', a.get(i), offset + i + 1, offset + j + 1));
				i++;
				j++;
			} else if (i < n && (j == m || common[i + 1][j] >= common[i][j + 1])) {
				edits.add(new Edit('-', a.get(i), offset + i + 1, offset + j + 1));
				i++;
			} else {
				edits.add(new Edit('+', b.get(j), offset + i + 1, offset + j + 1));
				j++;
			}
		}
	}
}
