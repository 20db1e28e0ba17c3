package nl.competentiekompas.core.internal;

import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import nl.competentiekompas.core.InvalidValueException;
import org.jspecify.annotations.Nullable;

/**
 * Invariant checks shared by the value types of the core. Not part of the API.
 */
public final class Checks {

    private Checks() {
    }

    /**
     * Rejects null with a {@link NullPointerException} naming {@code type.property}. The message is made only when
     * it is needed: {@code Objects.requireNonNull(value, type + "." + property)} would join the strings on every
     * call, and these checks run for every value made.
     *
     * @param <T> the value's type
     * @param value the value; may be null (rejected)
     * @param type the owning type's simple name
     * @param property the property
     * @return the value
     * @throws NullPointerException if the value is null
     */
    public static <T> T notNull(@Nullable T value, String type, String property) {
        if (value == null) {
            throw new NullPointerException(type + "." + property);
        }
        return value;
    }

    /**
     * Whether a string is a lower-kebab identifier: {@code a-z} and {@code 0-9} in words joined by single
     * hyphens.
     *
     * @param value the candidate; not null
     * @return true when it is one
     */
    public static boolean isKebab(String value) {
        int n = value.length();
        if (n == 0 || n > 128) {
            return false;
        }
        boolean previousHyphen = true;
        for (int i = 0; i < n; i++) {
            char c = value.charAt(i);
            if (c == '-') {
                if (previousHyphen) {
                    return false;
                }
                previousHyphen = true;
            } else if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
                previousHyphen = false;
            } else {
                return false;
            }
        }
        return !previousHyphen;
    }

    /**
     * Checks an identifier.
     *
     * @param value the id; may be null (rejected)
     * @param type the owning type's simple name
     * @return the id
     */
    public static String kebabId(String value, String type) {
        return kebabId(value, type, "value");
    }

    /**
     * Checks an identifier held in a property other than {@code value}, such as a document's {@code id}.
     *
     * @param value the id; may be null (rejected)
     * @param type the owning type's simple name
     * @param property the property that holds the id
     * @return the id
     */
    public static String kebabId(String value, String type, String property) {
        notNull(value, type, property);
        if (!isKebab(value)) {
            throw new InvalidValueException(type, property,
                    "must be a lower-kebab id of at most 128 characters (a-z, 0-9, words joined by single hyphens), got '"
                            + printable(value) + "'");
        }
        return value;
    }

    private static String printable(String value) {
        StringBuilder b = new StringBuilder();
        value.codePoints().limit(64).forEach(cp -> {
            if (cp < 0x20 || cp == 0x7f) {
                b.append(String.format(java.util.Locale.ROOT, "\\u%04x", cp));
            } else {
                b.appendCodePoint(cp);
            }
        });
        if (value.codePointCount(0, value.length()) > 64) {
            b.append('…');
        }
        return b.toString();
    }

    /**
     * Checks that a text is present and not blank, without quoting it.
     *
     * @param value the text
     * @param type the owning type
     * @param property the property
     * @return the text
     */
    public static String nonBlank(String value, String type, String property) {
        notNull(value, type, property);
        if (value.isBlank()) {
            throw new InvalidValueException(type, property, "must not be blank");
        }
        return value;
    }

    /**
     * Copies a list, rejecting null elements.
     *
     * @param <T> element type
     * @param values the values
     * @param type the owning type
     * @param property the property
     * @return an unmodifiable copy, or the list itself when it is one of {@link List#of} or {@link List#copyOf}
     */
    public static <T> List<T> list(Collection<? extends T> values, String type, String property) {
        notNull(values, type, property);
        int i = 0;
        for (T value : values) {
            if (value == null) {
                throw new InvalidValueException(type, property, "element " + i + " must not be null");
            }
            i++;
        }
        // a list made by List.of or List.copyOf is kept as it is: the findings of an evaluation, made by the
        // thousand, share their rule's sources rather than each copying them
        return List.copyOf(values);
    }

    /**
     * Copies a list, rejecting null elements and an empty list.
     *
     * @param <T> element type
     * @param values the values
     * @param type the owning type
     * @param property the property
     * @return an unmodifiable copy
     */
    public static <T> List<T> nonEmptyList(Collection<? extends T> values, String type, String property) {
        List<T> copy = list(values, type, property);
        if (copy.isEmpty()) {
            throw new InvalidValueException(type, property, "must not be empty");
        }
        return copy;
    }

    /**
     * Copies an enum set, rejecting null elements; iteration follows the enum's order.
     *
     * @param <E> enum type
     * @param values the values
     * @param enumType the enum class
     * @param type the owning type
     * @param property the property
     * @return an unmodifiable copy
     */
    public static <E extends Enum<E>> Set<E> enumSet(Collection<E> values, Class<E> enumType, String type,
            String property) {
        List<E> checked = list(values, type, property);
        EnumSet<E> set = EnumSet.noneOf(enumType);
        set.addAll(checked);
        return Collections.unmodifiableSet(set);
    }

    /**
     * Copies an enum map, rejecting null keys and values; iteration follows the enum's order.
     *
     * @param <E> key type
     * @param <V> value type
     * @param values the map
     * @param enumType the key class
     * @param type the owning type
     * @param property the property
     * @return an unmodifiable copy
     */
    public static <E extends Enum<E>, V> Map<E, V> enumMap(Map<E, ? extends V> values, Class<E> enumType, String type,
            String property) {
        notNull(values, type, property);
        EnumMap<E, V> copy = new EnumMap<>(enumType);
        for (Map.Entry<E, ? extends V> e : values.entrySet()) {
            if (e.getKey() == null || e.getValue() == null) {
                throw new InvalidValueException(type, property, "must not hold null keys or values");
            }
            copy.put(e.getKey(), e.getValue());
        }
        return Collections.unmodifiableMap(copy);
    }

    /**
     * Rejects a list in which two elements share a key.
     *
     * @param <T> element type
     * @param <K> key type
     * @param values the values
     * @param key how to get the key
     * @param type the owning type
     * @param property the property
     */
    public static <T, K> void unique(List<T> values, Function<? super T, ? extends K> key, String type,
            String property) {
        Set<K> seen = new HashSet<>();
        for (T value : values) {
            K k = key.apply(value);
            if (!seen.add(k)) {
                throw new InvalidValueException(type, property, "duplicate id '" + k + "'");
            }
        }
    }
}
