package org.iclei.africa.resilient.tool.domain;

import static org.iclei.africa.resilient.tool.domain.Field.choice;
import static org.iclei.africa.resilient.tool.domain.Field.longText;
import static org.iclei.africa.resilient.tool.domain.Field.of;
import static org.iclei.africa.resilient.tool.domain.Field.text;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The worksheets of steps 1, 2, 4 and 8, with their typed fields and the rules a row must meet.
 * (Risks, options, scores and actions — steps 3, 5, 6 and 7 — have entities of their own, because the
 * heat map, the ranking and the action plan compute with them.)
 */
public enum Worksheet {
    MANDATE(ProcessStep.GETTING_STARTED, true, null,
            of("granted", FieldType.YES_NO, true), of("date", FieldType.DATE, false), text("reference", false, 200)),
    CORE_TEAM(ProcessStep.GETTING_STARTED, false, null,
            text("name", true, 120), text("department", true, 120), text("role", true, 120)),
    STAKEHOLDERS(ProcessStep.GETTING_STARTED, false, null,
            text("organisation", true, 160),
            choice("group", true, "community", "local-government", "research", "business", "civil-society"),
            of("influence", FieldType.RATING, true), of("interest", FieldType.RATING, true), text("engagement", false, 300)),
    COMMUNICATION(ProcessStep.GETTING_STARTED, false, null,
            text("audience", true, 160), longText("message", true), text("channel", true, 160), text("timing", false, 120),
            text("responsible", false, 120)),
    WEATHER_EVENTS(ProcessStep.CLIMATE_BASELINE, false, "date",
            of("date", FieldType.DATE, true), text("hazard", true, 120), text("place", true, 160), longText("impacts", true),
            of("cost", FieldType.AMOUNT, false), longText("response", false), text("source", false, 200)),
    PROJECTIONS(ProcessStep.CLIMATE_BASELINE, false, null,
            text("variable", true, 120), choice("direction", true, "increase", "decrease", "no-change", "uncertain"),
            text("magnitude", false, 120), text("horizon", true, 60), text("scenario", false, 120),
            choice("confidence", true, "low", "medium", "high"), text("source", false, 200)),
    VULNERABLE(ProcessStep.VULNERABILITY, false, null,
            text("group", true, 160), text("place", true, 160), of("latitude", FieldType.COORDINATE, false),
            of("longitude", FieldType.COORDINATE, false), of("sensitivity", FieldType.RATING, true), longText("notes", false)),
    CAPACITY(ProcessStep.VULNERABILITY, false, null,
            choice("dimension", true, "awareness", "skills", "knowledge", "decision-making"),
            choice("level", true, "low", "medium", "high"), longText("evidence", true)),
    DATA_GAPS(ProcessStep.VULNERABILITY, false, null,
            text("gap", true, 200), longText("importance", false), text("filling", false, 200), text("responsible", false, 120)),
    INDICATORS(ProcessStep.MONITORING, false, null,
            of("action", FieldType.ACTION, true), text("indicator", true, 200), text("baseline", true, 120),
            text("target", true, 120), choice("frequency", true, "monthly", "quarterly", "twice-yearly", "yearly"),
            text("owner", true, 120), longText("lessons", false)),
    PROGRESS(ProcessStep.MONITORING, false, "date",
            of("indicator", FieldType.INDICATOR, true), of("date", FieldType.DATE, true), text("value", true, 120),
            longText("note", false)),
    REVIEW(ProcessStep.MONITORING, true, null,
            of("date", FieldType.DATE, true), longText("scope", false));

    /** Message keys of the refusals, in the member's language. */
    public static final String REQUIRED = "ws.error.required";
    public static final String TOO_LONG = "ws.error.tooLong";
    public static final String NOT_A_RATING = "ws.error.rating";
    public static final String NOT_A_DATE = "ws.error.date";
    public static final String NOT_A_CHOICE = "ws.error.choice";
    public static final String NOT_AN_AMOUNT = "ws.error.amount";
    public static final String NOT_A_COORDINATE = "ws.error.coordinate";
    public static final String NOT_A_ROW = "ws.error.reference";
    public static final String DUPLICATE = "ws.error.duplicate";
    public static final String ONLY_ONE = "ws.error.single";

    private final ProcessStep step;
    private final boolean single;
    private final String sortField;
    private final List<Field> fields;

    Worksheet(ProcessStep step, boolean single, String sortField, Field... fields) {
        this.step = step;
        this.single = single;
        this.sortField = sortField;
        this.fields = List.of(fields);
    }

    /** The name in URLs, ids and message keys: {@code CORE_TEAM} → {@code core-team}. */
    public String slug() {
        return name().toLowerCase().replace('_', '-');
    }

    public static Optional<Worksheet> bySlug(String slug) {
        return Arrays.stream(values()).filter(w -> w.slug().equals(slug)).findFirst();
    }

    public static List<Worksheet> ofStep(ProcessStep step) {
        return Arrays.stream(values()).filter(w -> w.step == step).toList();
    }

    public ProcessStep step() {
        return step;
    }

    /** A worksheet of one row only (the mandate, the review date). */
    public boolean single() {
        return single;
    }

    /** The date field rows are listed by (newest first), or null to keep the order they were added in. */
    public String sortField() {
        return sortField;
    }

    public List<Field> fields() {
        return fields;
    }

    /** The field whose value names a row in history and exports. */
    public Field titleField() {
        return fields.stream().filter(f -> f.type() == FieldType.TEXT).findFirst().orElse(fields.get(0));
    }

    /** What is being saved, and which row ids the reference fields may name (the workspace's own). */
    public record Input(Map<String, String> raw, Set<Long> actions, Set<Long> indicators) {
    }

    /** The outcome of the checks: the clean values to store, or a message key per field in error. */
    public record Checked(Map<String, String> values, Map<String, String> errors) {

        public boolean valid() {
            return errors.isEmpty();
        }
    }

    /** Checks every field of a row; values are trimmed, and empty optional fields are left out. */
    public Checked check(Input input) {
        Map<String, String> values = new LinkedHashMap<>();
        Map<String, String> errors = new LinkedHashMap<>();
        for (Field field : fields) {
            String raw = input.raw().get(field.name());
            String value = raw == null ? "" : raw.strip();
            if (value.isEmpty()) {
                if (field.required()) {
                    errors.put(field.name(), REQUIRED);
                }
                continue;
            }
            String error = checkValue(field, value, input);
            if (error != null) {
                errors.put(field.name(), error);
            } else {
                values.put(field.name(), normalise(field, value));
            }
        }
        return new Checked(values, errors);
    }

    private static String checkValue(Field field, String value, Input input) {
        switch (field.type()) {
            case TEXT, LONG_TEXT:
                return value.length() > field.maxLength() ? TOO_LONG : null;
            case RATING:
                return value.matches("[1-5]") ? null : NOT_A_RATING;
            case DATE:
                try {
                    LocalDate date = LocalDate.parse(value);
                    return date.getYear() < 1800 || date.getYear() > 2200 ? NOT_A_DATE : null;
                } catch (DateTimeParseException e) {
                    return NOT_A_DATE;
                }
            case CHOICE:
                return field.choices().contains(value) ? null : NOT_A_CHOICE;
            case YES_NO:
                return value.equals("yes") || value.equals("no") ? null : NOT_A_CHOICE;
            case AMOUNT:
                BigDecimal amount = decimal(value);
                return amount == null || amount.signum() < 0 || amount.precision() - amount.scale() > 15 ? NOT_AN_AMOUNT : null;
            case COORDINATE:
                BigDecimal degrees = decimal(value);
                return degrees == null || degrees.abs().compareTo(BigDecimal.valueOf(180)) > 0 ? NOT_A_COORDINATE : null;
            case ACTION:
                return isId(value) && input.actions().contains(Long.parseLong(value)) ? null : NOT_A_ROW;
            case INDICATOR:
                return isId(value) && input.indicators().contains(Long.parseLong(value)) ? null : NOT_A_ROW;
            default:
                throw new IllegalStateException(field.type().name());
        }
    }

    private static String normalise(Field field, String value) {
        if (field.type() == FieldType.AMOUNT || field.type() == FieldType.COORDINATE) {
            return decimal(value).stripTrailingZeros().toPlainString();
        }
        return value;
    }

    /** A decimal number, with a comma or a point before the decimals (both are usual in the portal's languages). */
    private static BigDecimal decimal(String value) {
        String plain = value.replace(" ", "").replace("\u00a0", "").replace("\u202f", "");
        if (plain.indexOf(',') >= 0 && plain.indexOf('.') < 0) {
            plain = plain.replace(',', '.');
        }
        if (!plain.matches("-?\\d{1,15}(\\.\\d{1,6})?")) {
            return null;
        }
        return new BigDecimal(plain);
    }

    private static boolean isId(String value) {
        return value.matches("\\d{1,18}");
    }
}
