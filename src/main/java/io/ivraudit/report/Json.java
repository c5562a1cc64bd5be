package io.ivraudit.report;

import io.ivraudit.text.Printable;
import java.math.BigDecimal;
import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Collection;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Writes JSON from maps, lists, strings, numbers, booleans and nulls, indented by two spaces.
 * Map order is kept, so outputs are stable and diff cleanly. Non-finite numbers become null.
 * Linear in the size of the text written.
 */
public final class Json {
    private Json() {}

    /**
     * A JSON object with its keys in the order given ({@code key, value, key, value, ...}). Use it
     * instead of {@code Map.of}, whose order changes from run to run, so outputs stay byte-stable.
     */
    public static Map<String, Object> object(Object... keysAndValues) {
        if (keysAndValues.length % 2 != 0) {
            throw new IllegalStateException("Json.object takes keys and values in pairs, got " + keysAndValues.length + " items");
        }
        Map<String, Object> out = new java.util.LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            out.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return out;
    }

    /**
     * A JSON object with one entry per item, in the items' order, whose values are made only as
     * the object is written, one at a time: a large object (per intent, per node) is never held as
     * maps all at once. A read-only view; each iteration makes the values again.
     */
    public static <T> Map<String, Object> lazyObject(Collection<T> items, Function<T, String> key, Function<T, Object> value) {
        return new AbstractMap<>() {
            @Override public Set<Map.Entry<String, Object>> entrySet() {
                return new AbstractSet<>() {
                    @Override public Iterator<Map.Entry<String, Object>> iterator() {
                        Iterator<T> each = items.iterator();
                        return new Iterator<>() {
                            @Override public boolean hasNext() {
                                return each.hasNext();
                            }

                            @Override public Map.Entry<String, Object> next() {
                                T item = each.next();
                                return new AbstractMap.SimpleImmutableEntry<>(key.apply(item), value.apply(item));
                            }
                        };
                    }

                    @Override public int size() {
                        return items.size();
                    }
                };
            }
        };
    }

    /** The value as indented JSON text, ending in a newline. */
    public static String write(Object value) {
        StringBuilder out = new StringBuilder();
        write(out, value, 0);
        return out.append('\n').toString();
    }

    private static void write(StringBuilder out, Object value, int depth) {
        if (value == null) {
            out.append("null");
        } else if (value instanceof String s) {
            string(out, s);
        } else if (value instanceof Boolean b) {
            out.append(b);
        } else if (value instanceof Double || value instanceof Float) {
            double d = ((Number) value).doubleValue();
            out.append(Double.isFinite(d) ? number(d) : "null");
        } else if (value instanceof Number n) {
            out.append(n);
        } else if (value instanceof Map<?, ?> map) {
            object(out, map, depth);
        } else if (value instanceof Collection<?> list) {
            array(out, list, depth);
        } else {
            throw new IllegalStateException("no JSON form for " + value.getClass().getName());
        }
    }

    private static String number(double d) {
        if (d == Math.rint(d) && Math.abs(d) < 1e15) {
            return Long.toString((long) d);
        }
        return BigDecimal.valueOf(d).toString();
    }

    private static void object(StringBuilder out, Map<?, ?> map, int depth) {
        if (map.isEmpty()) {
            out.append("{}");
            return;
        }
        out.append("{\n");
        int i = 0;
        for (Map.Entry<?, ?> e : map.entrySet()) {
            indent(out, depth + 1);
            string(out, String.valueOf(e.getKey()));
            out.append(": ");
            write(out, e.getValue(), depth + 1);
            out.append(++i < map.size() ? ",\n" : "\n");
        }
        indent(out, depth);
        out.append('}');
    }

    private static void array(StringBuilder out, Collection<?> list, int depth) {
        if (list.isEmpty()) {
            out.append("[]");
            return;
        }
        boolean flat = list.stream().noneMatch(v -> v instanceof Map || v instanceof Collection);
        out.append(flat ? "[" : "[\n");
        int i = 0;
        for (Object item : list) {
            if (!flat) {
                indent(out, depth + 1);
            }
            write(out, item, depth + 1);
            boolean last = ++i == list.size();
            out.append(flat ? (last ? "" : ", ") : (last ? "\n" : ",\n"));
        }
        if (!flat) {
            indent(out, depth);
        }
        out.append(']');
    }

    private static void indent(StringBuilder out, int depth) {
        for (int i = 0; i < depth; i++) {
            out.append("  ");
        }
    }

    private static void string(StringBuilder out, String s) {
        out.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (Printable.isUnsafe(c)) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }
}
