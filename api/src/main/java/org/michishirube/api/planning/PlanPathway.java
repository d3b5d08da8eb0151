package org.michishirube.api.planning;

import java.util.ArrayList;
import java.util.List;

import org.michishirube.api.planning.PlanViews.MilestoneView;
import org.michishirube.api.planning.PlanViews.PlanView;
import org.michishirube.api.planning.PlanViews.StepView;
import org.michishirube.core.model.CompetencyGraph;
import org.michishirube.core.model.Credential;
import org.michishirube.core.model.CredentialId;
import org.michishirube.core.model.CredentialKind;
import org.michishirube.core.model.LocalizedText;
import org.michishirube.core.model.TargetId;
import org.michishirube.interop.ctdl.Ctdl;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * A plan as a CTDL {@code ceterms:Pathway}: the goal is the destination component; each exam on the way is a
 * {@code CredentialComponent} and each step a {@code CompetencyComponent}. A component's {@code ceasn:hasChild} are what
 * must be done before it, and a {@code ComponentCondition} asks for all of them.
 */
final class PlanPathway {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private PlanPathway() {
    }

    static ObjectNode of(PlanView plan, CompetencyGraph g, Ctdl ctdl) {
        StringBuilder key = new StringBuilder(plan.goal().kind());
        plan.goal().items().forEach(i -> key.append(':').append(i.id()));
        plan.steps().forEach(s -> key.append('|').append(s.target().id()).append(s.toLevel()));
        String pathwayCtid = Ctdl.ctid("pathway:" + key);
        String pathwayId = ctdl.id(pathwayCtid);
        ObjectNode graph = JSON.objectNode();
        graph.put("@context", Ctdl.CTDL_CONTEXT);
        graph.put("@id", ctdl.id(pathwayCtid).replace("/resources/", "/graph/"));
        ArrayNode nodes = graph.putArray("@graph");
        ObjectNode pathway = nodes.addObject();
        String goalName = plan.goal().items().stream().map(i -> i.name() == null ? i.id() : i.name().ja()).reduce((a, b) -> a + "・" + b).orElse("");
        String goalNameEn = plan.goal().items().stream().map(i -> i.name() == null ? i.id() : i.name().en()).reduce((a, b) -> a + ", " + b).orElse("");
        pathway.put("@id", pathwayId);
        pathway.put("@type", "ceterms:Pathway");
        pathway.put("ceterms:ctid", pathwayCtid);
        pathway.set("ceterms:name", Ctdl.text(LocalizedText.of("学習計画: " + goalName, "Learning plan: " + goalNameEn)));
        pathway.set("ceterms:description", Ctdl.text(LocalizedText.of(
                plan.steps().size() + " ステップ、計 " + plan.totalHours() + " 時間、約 " + plan.weeks() + " 週",
                plan.steps().size() + " steps, " + plan.totalHours() + " hours in total, about " + plan.weeks() + " weeks")));
        ArrayNode parts = JSON.arrayNode();

        // Components: one per step, one per exam, and the goal.
        List<String> stepIds = new ArrayList<>();
        for (StepView s : plan.steps()) {
            String ctid = Ctdl.ctid("pathway-step:" + pathwayCtid + "/" + s.index());
            ObjectNode c = component(nodes, ctdl.id(ctid), ctid, "ceterms:CompetencyComponent", s.target().name() == null
                    ? LocalizedText.of(s.target().id(), s.target().id()) : s.target().name(), pathwayId);
            c.set("ceterms:description", Ctdl.text(LocalizedText.of("レベル " + s.fromLevel() + " → " + s.toLevel() + "、約 " + s.hours() + " 時間",
                    "Level " + s.fromLevel() + " → " + s.toLevel() + ", about " + s.hours() + " hours")));
            g.target(new TargetId(s.target().id())).ifPresent(t -> c.put("ceterms:proxyFor", ctdl.competencyId(t.version(), t.id())));
            c.put("ceterms:pointValue", s.hours());
            c.putArray("ceterms:componentDesignation").add(s.target().id());
            whereToLearn(nodes, ctdl, c, s, plan, pathwayId, g).forEach(parts::add);
            stepIds.add(ctdl.id(ctid));
            parts.add(ctdl.id(ctid));
        }
        List<MilestoneView> exams = plan.milestones().stream().filter(m -> m.kind().equals("exam")).toList();
        String goalCredential = plan.goal().kind().equals("credential") ? plan.goal().items().get(0).id() : null;
        int from = 0;
        List<String> before = new ArrayList<>();
        String goalExamId = null;
        for (MilestoneView m : exams) {
            String ctid = Ctdl.ctid("pathway-credential:" + pathwayCtid + "/" + m.credential().id());
            Credential credential = g.credential(new CredentialId(m.credential().id())).orElse(null);
            ObjectNode c = credentialComponent(nodes, ctdl, ctid, m.credential().id(), credential, pathwayId);
            List<String> children = new ArrayList<>(before);
            children.addAll(stepIds.subList(Math.min(from, stepIds.size()), Math.min(m.afterSteps(), stepIds.size())));
            hasChildren(c, children, LocalizedText.of("受験までに修めること", "What to complete before the exam"));
            from = Math.max(from, m.afterSteps());
            parts.add(ctdl.id(ctid));
            if (m.credential().id().equals(goalCredential)) {
                goalExamId = ctdl.id(ctid);
                c.putArray("ceterms:isDestinationComponentOf").add(pathwayId);
            } else {
                before = new ArrayList<>(List.of(ctdl.id(ctid)));
            }
        }
        String destination = goalExamId;
        if (destination == null) {
            String ctid = Ctdl.ctid("pathway-goal:" + pathwayCtid);
            LocalizedText name = LocalizedText.of(goalName.isEmpty() ? "目標" : goalName, goalNameEn.isEmpty() ? "Goal" : goalNameEn);
            ObjectNode c = switch (plan.goal().kind()) {
                case "role" -> component(nodes, ctdl.id(ctid), ctid, "ceterms:JobComponent", name, pathwayId);
                case "credential" -> credentialComponent(nodes, ctdl, ctid, goalCredential, g.credential(new CredentialId(goalCredential)).orElse(null), pathwayId);
                default -> component(nodes, ctdl.id(ctid), ctid, "ceterms:BasicComponent", name, pathwayId);
            };
            List<String> children = new ArrayList<>(before);
            children.addAll(stepIds.subList(Math.min(from, stepIds.size()), stepIds.size()));
            hasChildren(c, children, LocalizedText.of("目標に必要なこと", "What the goal needs"));
            c.putArray("ceterms:isDestinationComponentOf").add(pathwayId);
            destination = ctdl.id(ctid);
            parts.add(destination);
        }
        pathway.put("ceterms:hasDestinationComponent", destination);
        pathway.set("ceasn:hasPart", parts);
        return graph;
    }

    /**
     * The places to learn a step: a public curriculum's course as a {@code ceterms:Course}, a registered resource as a
     * {@code ceterms:LearningOpportunityProfile}, each teaching the step's competency, with a component that stands for it
     * (CourseComponent or BasicComponent) and precedes the step; no condition requires any of them.
     *
     * @return the ids of those components, parts of the pathway
     */
    static List<String> whereToLearn(ArrayNode nodes, Ctdl ctdl, ObjectNode step, StepView s, PlanView plan, String pathwayId, CompetencyGraph g) {
        if (s.resources() == null || s.resources().isEmpty()) {
            return List.of();
        }
        List<String> options = new ArrayList<>();
        for (PlanViews.ResourceRef ref : s.resources()) {
            PlanViews.StepResourceView r = plan.resource(ref.id());
            boolean course = "course".equals(r.kind());
            String ctid = Ctdl.ctid((course ? "course:" : "learning-resource:") + r.id());
            String componentCtid = Ctdl.ctid("pathway-option:" + step.path("ceterms:ctid").asString() + "/" + r.id());
            ObjectNode option = component(nodes, ctdl.id(componentCtid), componentCtid, course ? "ceterms:CourseComponent" : "ceterms:BasicComponent",
                    r.title(), pathwayId);
            option.put("ceterms:proxyFor", ctdl.id(ctid));
            // Taking it comes before the step is done; none of them is required, so the step has no condition on them.
            option.putArray("ceterms:precedes").add(step.path("@id").asString());
            options.add(ctdl.id(componentCtid));
            if (nodes.valueStream().anyMatch(n -> n.path("@id").asString().equals(ctdl.id(ctid)))) {
                continue; // described for an earlier step
            }
            ObjectNode opportunity = nodes.addObject();
            opportunity.put("@id", ctdl.id(ctid));
            opportunity.put("@type", course ? "ceterms:Course" : "ceterms:LearningOpportunityProfile");
            opportunity.put("ceterms:ctid", ctid);
            opportunity.set("ceterms:name", Ctdl.text(r.title()));
            if (course) {
                opportunity.put("ceterms:codedNotation", r.course());
                opportunity.set("ceterms:description", Ctdl.text(LocalizedText.of(r.institution() + " の課程 " + r.curriculum(),
                        "A course of " + r.institution() + "'s curriculum " + r.curriculum())));
            } else {
                opportunity.set("ceterms:description", Ctdl.text(LocalizedText.of("種類: " + r.kind() + "。出典: " + r.source(),
                        "Kind: " + r.kind() + ". Source: " + r.source())));
                if (r.language() != null) {
                    opportunity.putArray("ceterms:inLanguage").add(r.language());
                }
            }
            if (r.url() != null) {
                opportunity.put("ceterms:subjectWebpage", r.url());
            }
            if (r.hours() != null) {
                ObjectNode duration = opportunity.putArray("ceterms:estimatedDuration").addObject();
                duration.put("@type", "ceterms:DurationProfile");
                duration.put("ceterms:exactDuration", "PT" + r.hours() + "H");
            }
            g.target(new TargetId(s.target().id())).ifPresent(t -> {
                ObjectNode teaches = opportunity.putArray("ceterms:teaches").addObject();
                teaches.put("@type", "ceterms:CredentialAlignmentObject");
                teaches.put("ceterms:targetNode", ctdl.competencyId(t.version(), t.id()));
                teaches.set("ceterms:targetNodeName", Ctdl.text(t.name()));
            });
        }
        return options;
    }

    static ObjectNode credentialComponent(ArrayNode nodes, Ctdl ctdl, String ctid, String credentialId, Credential credential, String pathwayId) {
        LocalizedText name = credential == null ? LocalizedText.of(credentialId, credentialId) : credential.name();
        ObjectNode c = component(nodes, ctdl.id(ctid), ctid, "ceterms:CredentialComponent", name, pathwayId);
        c.put("ceterms:credentialType", credential != null && credential.kind() == CredentialKind.NATIONAL_LICENCE
                ? "ceterms:License" : "ceterms:Certification");
        if (credential != null) {
            c.put("ceterms:proxyFor", ctdl.credentialId(credential));
        }
        return c;
    }

    static ObjectNode component(ArrayNode nodes, String id, String ctid, String type, LocalizedText name, String pathwayId) {
        ObjectNode c = nodes.addObject();
        c.put("@id", id);
        c.put("@type", type);
        c.put("ceterms:ctid", ctid);
        c.set("ceterms:name", Ctdl.text(name));
        c.putArray("ceasn:isPartOf").add(pathwayId);
        return c;
    }

    static void hasChildren(ObjectNode c, List<String> children, LocalizedText conditionName) {
        if (children.isEmpty()) {
            return;
        }
        ArrayNode kids = c.putArray("ceasn:hasChild");
        children.forEach(kids::add);
        ObjectNode condition = c.putArray("ceterms:hasCondition").addObject();
        condition.put("@type", "ceterms:ComponentCondition");
        condition.set("ceterms:name", Ctdl.text(conditionName));
        condition.put("ceterms:requiredNumber", children.size());
        ArrayNode targets = condition.putArray("ceterms:targetComponent");
        children.forEach(targets::add);
    }

}
