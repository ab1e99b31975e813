package org.nodelab.io;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.lang.reflect.RecordComponent;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * The checks around binding a JSON file to records: Jackson's type errors and missing fields become messages that name
 * the file, the field and what it holds.
 */
final class JsonBinding {

    private JsonBinding() {
    }

    /** Binds {@code root} to {@code type}, turning a mistyped field into a message that names it. */
    static <T> T bind(String file, ObjectMapper mapper, JsonNode root, Class<T> type) {
        if (root == null || !root.isObject()) {
            throw new ModelFileException(file + ": the top level must be a JSON object");
        }
        try {
            return mapper.treeToValue(root, type);
        } catch (JsonMappingException e) {
            throw mistyped(file, root, e);
        } catch (JsonProcessingException e) {
            throw new ModelFileException(file + ": " + e.getOriginalMessage(), e);
        }
    }

    /**
     * The one validation pass over a bound file: every field of every record, nested ones and those in lists
     * included, must be present, except those named in {@code optional}.
     */
    static void requireAll(String file, Record value, Set<String> optional) {
        for (RecordComponent c : value.getClass().getRecordComponents()) {
            Object field;
            try {
                field = c.getAccessor().invoke(value);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
            if (field == null) {
                if (!optional.contains(c.getName())) {
                    throw new ModelFileException(file + ": the field '" + c.getName() + "' is missing");
                }
            } else if (field instanceof Record r) {
                requireAll(file, r, optional);
            } else if (field instanceof Collection<?> list) {
                for (Object element : list) {
                    if (element instanceof Record r) {
                        requireAll(file, r, optional);
                    }
                }
            }
        }
    }

    private static ModelFileException mistyped(String file, JsonNode root, JsonMappingException e) {
        List<JsonMappingException.Reference> path = e.getPath();
        JsonNode node = root;
        String field = "";
        for (JsonMappingException.Reference ref : path) {
            if (ref.getFieldName() != null) {
                field = ref.getFieldName();
                node = node == null ? null : node.get(field);
            } else if (ref.getIndex() >= 0) {
                field = field + "[" + ref.getIndex() + "]";
                node = node == null ? null : node.get(ref.getIndex());
            }
        }
        String shown = String.valueOf(node);
        if (shown.length() > 40) {
            shown = shown.substring(0, 40) + "...";
        }
        if (field.startsWith("parameters[")) {
            return new ModelFileException(file + ": " + field + " is " + shown + "; every parameter must be a "
                    + "finite number", e);
        }
        return new ModelFileException(file + ": the field '" + field + "' must be " + expected(e) + ", not "
                + shown, e);
    }

    private static String expected(JsonMappingException e) {
        Class<?> type = e instanceof com.fasterxml.jackson.databind.exc.MismatchedInputException m
                ? m.getTargetType() : null;
        if (type == null) {
            return "something else";
        }
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class) {
            return "a whole number";
        }
        if (type == Double.class || type == double.class) {
            return "a number";
        }
        if (type == Boolean.class) {
            return "true or false";
        }
        if (type == String.class) {
            return "a string";
        }
        if (type.isArray() || Collection.class.isAssignableFrom(type)) {
            return "an array";
        }
        return "an object";
    }
}
