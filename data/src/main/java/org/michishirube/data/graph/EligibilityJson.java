package org.michishirube.data.graph;

import java.util.ArrayList;
import java.util.List;
import org.michishirube.core.model.CredentialId;
import org.michishirube.core.model.ExperienceKind;
import org.michishirube.core.model.Requirement;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A credential's eligibility rule as one JSON string property, in the shape of credentials.yaml's {@code requires}
 * ({@code credential}, {@code experience}+{@code years} (a number or {@code "any"}), {@code allOf}, {@code anyOf}):
 * Neo4j properties cannot nest, and the tree is only ever read whole.
 */
final class EligibilityJson {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private EligibilityJson() {
    }

    static String write(List<Requirement> requirements) {
        ArrayNode array = JSON.createArrayNode();
        requirements.forEach(r -> array.add(node(r)));
        return JSON.writeValueAsString(array);
    }

    static List<Requirement> read(String json) {
        List<Requirement> requirements = new ArrayList<>();
        for (JsonNode n : JSON.readTree(json)) {
            requirements.add(requirement(n));
        }
        return requirements;
    }

    private static ObjectNode node(Requirement r) {
        ObjectNode n = JSON.createObjectNode();
        if (r instanceof Requirement.HoldsCredential h) {
            n.put("credential", h.credential().value());
        } else if (r instanceof Requirement.Experience e) {
            n.put("experience", e.kind().code());
            if (e.isAnyAmount()) {
                n.put("years", "any");
            } else {
                n.put("years", e.years());
            }
        } else if (r instanceof Requirement.All a) {
            ArrayNode parts = n.putArray("allOf");
            a.all().forEach(p -> parts.add(node(p)));
        } else {
            ArrayNode parts = n.putArray("anyOf");
            ((Requirement.AnyOf) r).alternatives().forEach(p -> parts.add(node(p)));
        }
        return n;
    }

    private static Requirement requirement(JsonNode n) {
        if (n.has("credential")) {
            return new Requirement.HoldsCredential(new CredentialId(n.path("credential").asString()));
        }
        if (n.has("allOf") || n.has("anyOf")) {
            List<Requirement> parts = new ArrayList<>();
            for (JsonNode p : n.has("allOf") ? n.path("allOf") : n.path("anyOf")) {
                parts.add(requirement(p));
            }
            return n.has("allOf") ? new Requirement.All(parts) : new Requirement.AnyOf(parts);
        }
        ExperienceKind kind = ExperienceKind.fromCode(n.path("experience").asString());
        JsonNode years = n.path("years");
        return years.isString() ? Requirement.Experience.anyAmount(kind) : new Requirement.Experience(kind, years.asInt());
    }
}
