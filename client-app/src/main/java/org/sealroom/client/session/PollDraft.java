package org.sealroom.client.session;

import java.util.List;

/**
 * A poll as its creator writes it.
 *
 * @param multipleChoice whether a voter may pick more than one option
 * @param anonymous whether results show only counts (the owner's client still enforces one vote each)
 */
public record PollDraft(String question, List<String> options, boolean multipleChoice, boolean anonymous) {

    public static final int MAX_QUESTION_CHARS = 300;
    public static final int MAX_OPTION_CHARS = 200;
    public static final int MIN_OPTIONS = 2;
    public static final int MAX_OPTIONS = 10;

    public PollDraft {
        options = List.copyOf(options);
        if (question == null || question.isBlank() || question.length() > MAX_QUESTION_CHARS) {
            throw new IllegalArgumentException("a poll needs a question of 1 to " + MAX_QUESTION_CHARS + " characters");
        }
        if (options.size() < MIN_OPTIONS || options.size() > MAX_OPTIONS) {
            throw new IllegalArgumentException("a poll needs " + MIN_OPTIONS + " to " + MAX_OPTIONS + " options");
        }
        for (String option : options) {
            if (option == null || option.isBlank() || option.length() > MAX_OPTION_CHARS) {
                throw new IllegalArgumentException("each option needs 1 to " + MAX_OPTION_CHARS + " characters");
            }
        }
    }
}
