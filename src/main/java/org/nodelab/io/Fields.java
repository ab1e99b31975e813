package org.nodelab.io;

import com.fasterxml.jackson.databind.JsonNode;

/** Typed reads from a JSON tree, each failing with the file name and the missing or mistyped field. */
final class Fields {

    private final String file;

    Fields(String file, JsonNode root) {
        this.file = file;
        if (root == null || !root.isObject()) {
            throw new ModelFileException(file + ": the top level must be a JSON object");
        }
    }

    JsonNode object(JsonNode parent, String field) {
        JsonNode node = require(parent, field);
        if (!node.isObject()) {
            throw wrongType(field, "an object", node);
        }
        return node;
    }

    JsonNode array(JsonNode parent, String field) {
        JsonNode node = require(parent, field);
        if (!node.isArray()) {
            throw wrongType(field, "an array", node);
        }
        return node;
    }

    String text(JsonNode parent, String field) {
        JsonNode node = require(parent, field);
        if (!node.isTextual()) {
            throw wrongType(field, "a string", node);
        }
        return node.asText();
    }

    int integer(JsonNode parent, String field) {
        JsonNode node = require(parent, field);
        if (!node.isIntegralNumber() || !node.canConvertToInt()) {
            throw wrongType(field, "a whole number", node);
        }
        return node.asInt();
    }

    double number(JsonNode parent, String field) {
        JsonNode node = require(parent, field);
        if (!node.isNumber()) {
            throw wrongType(field, "a number", node);
        }
        return node.asDouble();
    }

    double numberOrNaN(JsonNode parent, String field) {
        JsonNode node = parent.get(field);
        return node == null || node.isNull() ? Double.NaN : number(parent, field);
    }

    boolean bool(JsonNode parent, String field) {
        JsonNode node = require(parent, field);
        if (!node.isBoolean()) {
            throw wrongType(field, "true or false", node);
        }
        return node.asBoolean();
    }

    private JsonNode require(JsonNode parent, String field) {
        JsonNode node = parent.get(field);
        if (node == null || node.isNull()) {
            throw new ModelFileException(file + ": the field '" + field + "' is missing");
        }
        return node;
    }

    private ModelFileException wrongType(String field, String expected, JsonNode got) {
        String shown = got.toString();
        if (shown.length() > 40) {
            shown = shown.substring(0, 40) + "...";
        }
        return new ModelFileException(file + ": the field '" + field + "' must be " + expected + ", not " + shown);
    }
}
