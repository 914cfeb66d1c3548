package io.wearline.core;

import java.time.Instant;

/**
 * One kept version of a machine's profile, as {@code wearline history} lists it: the text itself lies in the
 * machine's {@code history/} folder beside this record.
 *
 * @param number the version's number; numbers only grow, so a number names one text for good
 * @param time when this text became the machine's profile (or, for a change made outside Wearline, when the store
 *        noticed it)
 * @param user the operating-system user who saved it
 * @param summary what changed against the version before, in a reliability engineer's words
 *        ({@code sensor voltage: range 380–420 → 370–430; failure mode stator_short added})
 * @param sha256 the SHA-256 of the text's UTF-8 bytes, in hex; how an edit made outside Wearline is noticed
 */
public record ProfileVersion(int number, Instant time, String user, String summary, String sha256) {
}
