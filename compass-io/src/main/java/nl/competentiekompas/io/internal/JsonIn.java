package nl.competentiekompas.io.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import nl.competentiekompas.core.InvalidValueException;
import nl.competentiekompas.core.catalog.Fte;
import nl.competentiekompas.core.catalog.Labelled;
import nl.competentiekompas.core.catalog.LocalizedText;
import nl.competentiekompas.io.CompassImportException;
import nl.competentiekompas.io.Location;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * Reads a JSON tree by hand, one located problem per wrong value, collecting them all. Pointers hold only
 * names this module defines and array indexes, never keys from the input. Methods return null (or empty)
 * for a value that had a problem, and the caller builds nothing from it. Not thread-safe.
 */
public final class JsonIn {

    private final ProblemSink sink;

    /**
     * Creates a reader reporting into a sink.
     *
     * @param sink the sink
     */
    public JsonIn(ProblemSink sink) {
        this.sink = sink;
    }

    /**
     * The sink.
     *
     * @return the sink
     */
    public ProblemSink sink() {
        return sink;
    }

    /**
     * Records a problem at a pointer.
     *
     * @param pointer the pointer
     * @param code the code
     * @param args names only
     */
    public void problem(String pointer, String code, Object... args) {
        sink.add(new Location.JsonPointer(pointer), code, args);
    }

    /**
     * Appends a property name to a pointer.
     *
     * @param pointer the parent
     * @param name a name this module defines
     * @return the child pointer
     */
    public static String at(String pointer, String name) {
        return pointer + "/" + name;
    }

    /**
     * Appends an array index to a pointer.
     *
     * @param pointer the parent
     * @param index the index
     * @return the child pointer
     */
    public static String at(String pointer, int index) {
        return pointer + "/" + index;
    }

    /**
     * Checks that a node is an object holding only allowed properties.
     *
     * @param node the node
     * @param pointer its pointer
     * @param allowed the allowed property names
     * @return the node, or null when it is not an object (extra properties are reported but the object is still
     *         returned so its known parts get checked)
     */
    public @Nullable JsonNode object(JsonNode node, String pointer, String... allowed) {
        if (!node.isObject()) {
            problem(pointer, "json-type", "an object");
            return null;
        }
        for (String name : node.propertyNames()) {
            if (Arrays.asList(allowed).indexOf(name) < 0) {
                problem(pointer, "json-unknown-property", String.join(", ", allowed));
                break;
            }
        }
        return node;
    }

    /**
     * A property that must be present.
     *
     * @param object the object
     * @param pointer its pointer
     * @param name the property
     * @return the value, or null when missing or JSON null
     */
    public @Nullable JsonNode required(JsonNode object, String pointer, String name) {
        JsonNode value = object.get(name);
        if (value == null || value.isNull()) {
            problem(pointer, "json-missing-property", name);
            return null;
        }
        return value;
    }

    /**
     * A non-blank string property.
     *
     * @param object the object
     * @param pointer its pointer
     * @param name the property
     * @return the string, or null after a problem
     */
    public @Nullable String string(JsonNode object, String pointer, String name) {
        JsonNode value = required(object, pointer, name);
        if (value == null) {
            return null;
        }
        return string(value, at(pointer, name));
    }

    /**
     * A non-blank string value.
     *
     * @param value the node
     * @param pointer its pointer
     * @return the string, or null after a problem
     */
    public @Nullable String string(JsonNode value, String pointer) {
        if (!value.isString() || value.stringValue().isBlank()) {
            problem(pointer, "json-type", "a non-empty string");
            return null;
        }
        return value.stringValue();
    }

    /**
     * A string that may be empty.
     *
     * @param object the object
     * @param pointer its pointer
     * @param name the property
     * @return the string, or null after a problem
     */
    public @Nullable String anyString(JsonNode object, String pointer, String name) {
        JsonNode value = required(object, pointer, name);
        if (value == null) {
            return null;
        }
        if (!value.isString()) {
            problem(at(pointer, name), "json-type", "a string");
            return null;
        }
        return value.stringValue();
    }

    /**
     * An integer property; a fraction is a problem, not rounded.
     *
     * @param object the object
     * @param pointer its pointer
     * @param name the property
     * @return the integer, or null after a problem
     */
    public @Nullable Integer integer(JsonNode object, String pointer, String name) {
        JsonNode value = required(object, pointer, name);
        if (value == null) {
            return null;
        }
        if (!value.isIntegralNumber() || !value.canConvertToInt()) {
            problem(at(pointer, name), "json-type", "a whole number");
            return null;
        }
        return value.intValue();
    }

    /**
     * An optional integer property.
     *
     * @param object the object
     * @param pointer its pointer
     * @param name the property
     * @return the integer, empty when absent, or null after a problem
     */
    @SuppressWarnings("OptionalUsedAsFieldOrParameterType")
    public @Nullable Optional<Integer> optionalInteger(JsonNode object, String pointer, String name) {
        if (!object.has(name)) {
            return Optional.empty();
        }
        Integer value = integer(object, pointer, name);
        return value == null ? null : Optional.of(value);
    }

    /**
     * A boolean property.
     *
     * @param object the object
     * @param pointer its pointer
     * @param name the property
     * @return the boolean, or null after a problem
     */
    public @Nullable Boolean bool(JsonNode object, String pointer, String name) {
        JsonNode value = required(object, pointer, name);
        if (value == null) {
            return null;
        }
        if (!value.isBoolean()) {
            problem(at(pointer, name), "json-type", "true or false");
            return null;
        }
        return value.booleanValue();
    }

    /**
     * A date property written {@code yyyy-MM-dd}.
     *
     * @param object the object
     * @param pointer its pointer
     * @param name the property
     * @return the date, or null after a problem
     */
    public java.time.@Nullable LocalDate date(JsonNode object, String pointer, String name) {
        JsonNode value = required(object, pointer, name);
        return value == null ? null : dateValue(value, at(pointer, name));
    }

    /**
     * A date value written {@code yyyy-MM-dd}.
     *
     * @param value the node
     * @param pointer its pointer
     * @return the date, or null after a problem
     */
    public java.time.@Nullable LocalDate dateValue(JsonNode value, String pointer) {
        if (value.isString() && value.stringValue().length() == 10) {
            try {
                return java.time.LocalDate.parse(value.stringValue());
            } catch (java.time.DateTimeException e) {
                // reported below
            }
        }
        problem(pointer, "json-type", "a date yyyy-MM-dd");
        return null;
    }

    /**
     * An FTE property: a JSON number from 0 to 100 with at most three decimals.
     *
     * @param object the object
     * @param pointer its pointer
     * @param name the property
     * @return the FTE, or null after a problem
     */
    public @Nullable Fte fte(JsonNode object, String pointer, String name) {
        JsonNode value = required(object, pointer, name);
        if (value == null) {
            return null;
        }
        if (value.isNumber()) {
            BigDecimal number = value.decimalValue();
            try {
                return Fte.of(number);
            } catch (InvalidValueException | ArithmeticException e) {
                // reported below
            }
        }
        problem(at(pointer, name), "json-type", "a number from 0 to 100 with at most three decimals");
        return null;
    }

    /**
     * An id property of one of our enums, by its lower-kebab id.
     *
     * @param <E> the enum
     * @param object the object
     * @param pointer its pointer
     * @param name the property
     * @param values the enum's values
     * @return the value, or null after a problem
     */
    public <E extends Enum<E> & Labelled> @Nullable E enumId(JsonNode object, String pointer, String name,
            E[] values) {
        JsonNode value = required(object, pointer, name);
        return value == null ? null : enumValue(value, at(pointer, name), values);
    }

    /**
     * An enum value by its lower-kebab id.
     *
     * @param <E> the enum
     * @param value the node
     * @param pointer its pointer
     * @param values the enum's values
     * @return the value, or null after a problem
     */
    public <E extends Enum<E> & Labelled> @Nullable E enumValue(JsonNode value, String pointer, E[] values) {
        if (value.isString()) {
            for (E e : values) {
                if (e.id().equals(value.stringValue())) {
                    return e;
                }
            }
        }
        problem(pointer, "json-type", "one of " + ids(values));
        return null;
    }

    /**
     * The ids of enum values, for messages.
     *
     * @param values the values
     * @return the ids joined by ", "
     */
    public static String ids(Labelled[] values) {
        StringBuilder b = new StringBuilder();
        for (Labelled value : values) {
            if (b.length() > 0) {
                b.append(", ");
            }
            b.append(value.id());
        }
        return b.toString();
    }

    /**
     * An id property parsed by a core factory (such as {@code RoleId::of}).
     *
     * @param <T> the id type
     * @param object the object
     * @param pointer its pointer
     * @param name the property
     * @param factory the factory, which throws {@link InvalidValueException} for a bad id
     * @param expected what a valid id looks like
     * @return the id, or null after a problem
     */
    public <T> @Nullable T id(JsonNode object, String pointer, String name, Function<String, T> factory,
            String expected) {
        JsonNode value = required(object, pointer, name);
        return value == null ? null : idValue(value, at(pointer, name), factory, expected);
    }

    /**
     * An id value parsed by a core factory.
     *
     * @param <T> the id type
     * @param value the node
     * @param pointer its pointer
     * @param factory the factory
     * @param expected what a valid id looks like
     * @return the id, or null after a problem
     */
    public <T> @Nullable T idValue(JsonNode value, String pointer, Function<String, T> factory, String expected) {
        if (value.isString()) {
            try {
                return factory.apply(value.stringValue());
            } catch (InvalidValueException e) {
                // reported below, without the exception's text, which quotes the value
            }
        }
        problem(pointer, "json-type", expected);
        return null;
    }

    /**
     * Checks a lower-kebab id that has no type of its own (documents, scales, requirement options), with the
     * core's own rule for ids.
     *
     * @param value the candidate
     * @return the value
     * @throws InvalidValueException if it is not lower-kebab
     */
    public static String kebab(String value) {
        return nl.competentiekompas.core.catalog.CompetencyId.of(value).value();
    }

    /**
     * A localised text: an object with {@code nl} and/or {@code en}.
     *
     * @param object the object
     * @param pointer its pointer
     * @param name the property
     * @return the text, or null after a problem
     */
    public @Nullable LocalizedText text(JsonNode object, String pointer, String name) {
        JsonNode value = required(object, pointer, name);
        return value == null ? null : textValue(value, at(pointer, name));
    }

    /**
     * A localised text value.
     *
     * @param value the node
     * @param pointer its pointer
     * @return the text, or null after a problem
     */
    public @Nullable LocalizedText textValue(JsonNode value, String pointer) {
        if (object(value, pointer, "nl", "en") == null) {
            return null;
        }
        String nl = value.has("nl") ? string(value, pointer, "nl") : null;
        String en = value.has("en") ? string(value, pointer, "en") : null;
        if (nl == null && en == null) {
            if (!value.has("nl") && !value.has("en")) {
                problem(pointer, "json-missing-property", "nl");
            }
            return null;
        }
        if ((value.has("nl") && nl == null) || (value.has("en") && en == null)) {
            return null;
        }
        return nl != null && en != null ? LocalizedText.of(nl, en)
                : nl != null ? LocalizedText.dutch(nl) : LocalizedText.english(en);
    }

    /**
     * An array property, each element read by a function; elements with problems are left out and
     * {@code null} returned for the whole array when any failed.
     *
     * @param <T> the element
     * @param object the object
     * @param pointer its pointer
     * @param name the property
     * @param element reads one element from its node and pointer
     * @return the elements, or null after a problem
     */
    public <T> @Nullable List<T> array(JsonNode object, String pointer, String name, Element<T> element) {
        JsonNode value = required(object, pointer, name);
        return value == null ? null : arrayValue(value, at(pointer, name), element);
    }

    /**
     * An array value.
     *
     * @param <T> the element
     * @param value the node
     * @param pointer its pointer
     * @param element reads one element
     * @return the elements, or null after a problem
     */
    public <T> @Nullable List<T> arrayValue(JsonNode value, String pointer, Element<T> element) {
        if (!value.isArray()) {
            problem(pointer, "json-type", "an array");
            return null;
        }
        List<T> result = new ArrayList<>(value.size());
        boolean failed = false;
        for (int i = 0; i < value.size(); i++) {
            T t = element.read(value.get(i), at(pointer, i));
            if (t == null) {
                failed = true;
            } else {
                result.add(t);
            }
        }
        return failed ? null : result;
    }

    /**
     * Builds a core value, turning a broken invariant into a problem that names the type and property only.
     *
     * @param <T> the value
     * @param pointer where the value was read
     * @param build builds it
     * @return the value, or null after a problem
     */
    public <T> @Nullable T build(String pointer, Supplier<T> build) {
        try {
            return build.get();
        } catch (InvalidValueException e) {
            problem(pointer, "value-invalid", e.type() + "." + e.property());
            return null;
        } catch (nl.competentiekompas.core.UnknownIdException e) {
            problem(pointer, "ref-unknown", e.kind());
            return null;
        }
    }

    /**
     * Whether every argument is non-null: the parts of a value all read cleanly.
     *
     * @param parts the parts
     * @return true when none is null
     */
    public static boolean all(@Nullable Object... parts) {
        for (Object part : parts) {
            if (part == null) {
                return false;
            }
        }
        return true;
    }

    /**
     * Throws when a problem was recorded.
     *
     * @throws CompassImportException holding them
     */
    public void throwIfAny() {
        sink.throwIfAny();
    }

    /**
     * Reads one element of an array.
     *
     * @param <T> the element
     */
    @FunctionalInterface
    public interface Element<T> {
        /**
         * Reads it.
         *
         * @param node the node
         * @param pointer its pointer
         * @return the element, or null after a problem
         */
        @Nullable T read(JsonNode node, String pointer);
    }
}
