package io.ivraudit.imports.connect.legacy;

import io.ivraudit.imports.JsonView;
import io.ivraudit.model.SourcePosition;
import java.util.List;
import java.util.Optional;

/**
 * One module of a legacy Amazon Connect export as the file writes it:
 * {@code {id, type, branches, parameters, metadata, target}}.
 *
 * @param target   the module's {@code target} ({@code Digits}, {@code Lex}, {@code Flow},
 *                 {@code Queue}, {@code Lambda}), or {@code null}
 * @param metadata the console's metadata for it (queue and flow names live there)
 * @param at       where the module is written
 */
record Module(String id, String type, String target, List<Branch> branches, List<Parameter> parameters,
              JsonView metadata, SourcePosition at) {
    Module {
        branches = List.copyOf(branches);
        parameters = List.copyOf(parameters);
    }

    /**
     * One way out of a module: {@code {condition, transition, conditionType?, conditionValue?}}.
     *
     * @param condition  {@code Success}, {@code Error}, {@code NoMatch}, {@code Timeout},
     *                   {@code Evaluate}, {@code True}, {@code Looping}, ...; "" when the file gives none
     * @param type       the operator of an {@code Evaluate} ({@code Equals}, {@code GreaterThan}, ...), or {@code null}
     * @param value      the value an {@code Evaluate} compares with, or {@code null}
     * @param transition the module it leads to; {@code null} when the file connects it to nothing
     */
    record Branch(String condition, String type, String value, String transition, SourcePosition at) {}

    /**
     * One parameter: {@code {name, value, namespace?, key?, resourceName?}}. A value with a
     * namespace ({@code External}, {@code User Defined}, {@code System}) names an attribute to
     * read at run time rather than the value itself.
     *
     * @param value        the value as text; {@code null} when it is missing, null or not a scalar
     * @param resourceName the console's name for the ARN in {@code value} (a queue's or flow's name)
     */
    record Parameter(String name, String value, String namespace, String key, String resourceName) {
        /** Whether the value is read from an attribute at run time. */
        boolean dynamic() {
            return namespace != null && !namespace.isBlank();
        }
    }

    /** The first parameter of this name, if any. */
    Optional<Parameter> parameter(String name) {
        return parameters.stream().filter(p -> p.name().equals(name)).findFirst();
    }

    /** All parameters of this name, in order. */
    List<Parameter> parameters(String name) {
        return parameters.stream().filter(p -> p.name().equals(name)).toList();
    }

    boolean has(String name) {
        return parameter(name).isPresent();
    }

    /** A parameter's literal value (whatever its namespace), or {@code null}. */
    String literal(String name) {
        return parameter(name).map(Parameter::value).orElse(null);
    }
}
