package org.michishirube.api.planning;

import java.util.ArrayList;
import java.util.List;

import org.michishirube.core.model.CareerPath;
import org.michishirube.core.model.CareerStage;
import org.michishirube.core.model.CompetencyGraph;
import org.michishirube.core.model.Credential;
import org.michishirube.core.model.LocalizedText;
import org.michishirube.core.model.Requirement;
import org.michishirube.interop.ctdl.Ctdl;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * A model career path as a CTDL {@code ceterms:Pathway}: each credential stage a {@code CredentialComponent}, each role a
 * {@code JobComponent}, and the years of work a credential's eligibility asks for a {@code WorkExperienceComponent}. Each
 * component's {@code ceasn:hasChild} is what comes before it on the ladder, asked for by a {@code ComponentCondition}; the
 * last stage is the destination.
 */
final class CareerPathway {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private CareerPathway() {
    }

    static ObjectNode of(CareerPath path, CompetencyGraph g, Ctdl ctdl) {
        String pathwayCtid = Ctdl.ctid("career-path:" + path.id().value());
        String pathwayId = ctdl.id(pathwayCtid);
        ObjectNode graph = JSON.objectNode();
        graph.put("@context", Ctdl.CTDL_CONTEXT);
        graph.put("@id", pathwayId.replace("/resources/", "/graph/"));
        ArrayNode nodes = graph.putArray("@graph");
        ObjectNode pathway = nodes.addObject();
        pathway.put("@id", pathwayId);
        pathway.put("@type", "ceterms:Pathway");
        pathway.put("ceterms:ctid", pathwayCtid);
        pathway.set("ceterms:name", Ctdl.text(path.name()));
        pathway.set("ceterms:description", Ctdl.text(path.description()));
        ArrayNode parts = JSON.arrayNode();
        String previous = null;
        for (int i = 0; i < path.stages().size(); i++) {
            CareerStage st = path.stages().get(i);
            String stageKey = path.id().value() + "/" + i;
            List<String> before = new ArrayList<>();
            if (previous != null) {
                before.add(previous);
            }
            String last = null;
            if (st.credential().isPresent()) {
                Credential credential = g.credential(st.credential().get()).orElse(null);
                if (credential != null && credential.eligibility().isPresent()) {
                    Requirement rule = credential.eligibility().get();
                    int years = rule.minimumYearsOfWork();
                    if (years > 0) {
                        String ctid = Ctdl.ctid("career-work:" + stageKey);
                        ObjectNode work = PlanPathway.component(nodes, ctdl.id(ctid), ctid, "ceterms:WorkExperienceComponent",
                                LocalizedText.of(years + " 年以上の実務経験", years + "+ years of work experience"), pathwayId);
                        work.set("ceterms:description", Ctdl.text(rule.describe(id -> g.credential(id).map(Credential::name)
                                .orElse(LocalizedText.of(id.value(), id.value())))));
                        PlanPathway.hasChildren(work, before, LocalizedText.of("前の段階", "The stage before"));
                        parts.add(ctdl.id(ctid));
                        before = new ArrayList<>(List.of(ctdl.id(ctid)));
                    }
                }
                String ctid = Ctdl.ctid("career-credential:" + stageKey);
                ObjectNode c = PlanPathway.credentialComponent(nodes, ctdl, ctid, st.credential().get().value(), credential, pathwayId);
                typicalYear(c, st);
                PlanPathway.hasChildren(c, before, LocalizedText.of("受験までの段階", "What comes before the exam"));
                parts.add(ctdl.id(ctid));
                last = ctdl.id(ctid);
            }
            if (st.role().isPresent()) {
                String ctid = Ctdl.ctid("career-job:" + stageKey);
                ObjectNode job = PlanPathway.component(nodes, ctdl.id(ctid), ctid, "ceterms:JobComponent",
                        g.role(st.role().get()).map(r -> r.name()).orElse(st.name()), pathwayId);
                typicalYear(job, st);
                job.putArray("ceterms:componentDesignation").add(st.role().get().value());
                PlanPathway.hasChildren(job, last != null ? List.of(last) : before, LocalizedText.of("この職に就くまでの段階", "What comes before this job"));
                parts.add(ctdl.id(ctid));
                last = ctdl.id(ctid);
            }
            previous = last;
        }
        String destination = previous;
        nodes.valueStream().filter(n -> destination != null && destination.equals(n.path("@id").asString())).findFirst()
                .ifPresent(n -> ((ObjectNode) n).putArray("ceterms:isDestinationComponentOf").add(pathwayId));
        pathway.put("ceterms:hasDestinationComponent", destination);
        pathway.set("ceasn:hasPart", parts);
        return graph;
    }

    /** The typical year from the start, said in words: CTDL has no term for it on a component. */
    private static void typicalYear(ObjectNode component, CareerStage st) {
        component.set("ceterms:description", Ctdl.text(LocalizedText.of("開始から約 " + st.typicalYear() + " 年目",
                "About year " + st.typicalYear() + " from the start")));
    }
}
