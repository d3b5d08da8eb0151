package org.michishirube.core.testing;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Random;
import java.util.Set;

import org.michishirube.core.model.CompetencyGraph;
import org.michishirube.core.model.Credential;
import org.michishirube.core.model.CredentialId;
import org.michishirube.core.model.CredentialKind;
import org.michishirube.core.model.Domain;
import org.michishirube.core.model.DomainId;
import org.michishirube.core.model.ExperienceKind;
import org.michishirube.core.model.Framework;
import org.michishirube.core.model.FrameworkId;
import org.michishirube.core.model.FrameworkVersion;
import org.michishirube.core.model.FrameworkVersionId;
import org.michishirube.core.model.LocalizedText;
import org.michishirube.core.model.Need;
import org.michishirube.core.model.Provenance;
import org.michishirube.core.model.Requirement;
import org.michishirube.core.model.Role;
import org.michishirube.core.model.RoleId;
import org.michishirube.core.model.Target;
import org.michishirube.core.model.TargetId;
import org.michishirube.core.model.TargetKind;
import org.michishirube.core.model.Verification;
import org.michishirube.core.model.VersionStatus;

/**
 * Seeded generator of valid competency graphs, from a handful of targets for property tests up to
 * ESCO scale (≈14k targets, 3k roles, 130k prerequisite edges) for benchmarks. The same seed and shape
 * give the same graph.
 * <p>
 * Frameworks {@code f0, f1, …} each belong to credential {@code c0, c1, …}; domains {@code f0.d0} hold
 * GIO → SBO → topic trees ({@code f0.d0.g0.s1.t0}). Prerequisites only point from a target to one created
 * earlier, so they are acyclic; so do eligibility rules ({@code c3} may require {@code c1}). Licences
 * {@code lic0, …} have no framework and may be required. Roles {@code r0, …} belong to families {@code fam0, …}.
 */
public final class RandomGraphs {

    private static final Provenance SOURCE = new Provenance("generated", Verification.INFERRED);

    private RandomGraphs() {
    }

    /**
     * The size of a graph.
     *
     * @param frameworks frameworks, one credential each
     * @param domainsPerFramework domains in each framework
     * @param giosPerDomain GIOs in each domain
     * @param sbosPerGio SBOs under each GIO
     * @param topicsPerSbo topics under each SBO
     * @param prerequisitesPerTarget mean prerequisite edges per target (from earlier targets)
     * @param licences credentials without a framework
     * @param roles roles
     * @param needsPerRole needs of each role (capped by the number of targets)
     * @param families role families
     * @param requirementChance chance that a credential requires an earlier credential (and, separately, experience)
     * @param licenceChance chance that a credential requires a licence
     * @param effortChance chance that a target has an effort estimate
     */
    public record Shape(int frameworks, int domainsPerFramework, int giosPerDomain, int sbosPerGio, int topicsPerSbo,
                        double prerequisitesPerTarget, int licences, int roles, int needsPerRole, int families,
                        double requirementChance, double licenceChance, double effortChance) {

        public Shape {
            if (frameworks < 1 || domainsPerFramework < 1 || giosPerDomain < 1 || sbosPerGio < 0 || topicsPerSbo < 0
                    || prerequisitesPerTarget < 0 || licences < 0 || roles < 0 || needsPerRole < 0 || families < 1) {
                throw new IllegalArgumentException("impossible shape: " + this);
            }
        }

        /**
         * {@return an ESCO-scale shape with ESCO's make-up: 20 × 7 × 10 × (1 + 9) = 14,000 targets and 3,000
         * roles of 40 needs each, so that most of the ≈134k edges are role needs (ESCO v1.1 has about 13.9k
         * skills, 3k occupations and 126k occupation–skill relations, 42 per occupation), with one
         * prerequisite per target on average (the reference dataset has 321 prerequisite edges over 322 targets;
         * ESCO's skill–skill relations are sparser still)}
         */
        public static Shape esco() {
            return new Shape(20, 7, 10, 9, 0, 1.0, 3, 3000, 40, 40, 0.3, 0.1, 0.8);
        }

        /**
         * {@return a stress shape of ESCO scale where the ≈130k edges are all prerequisites: 20 × 7 × 10 × (1 + 9)
         * = 14,000 targets with 9.3 prerequisites each, and 3,000 roles of 12 needs; almost every target's
         * closure then spans most of the graph}
         */
        public static Shape escoDense() {
            return new Shape(20, 7, 10, 9, 0, 9.3, 3, 3000, 12, 40, 0.3, 0.1, 0.8);
        }

        /** {@return a small random shape for property tests: up to a few dozen targets} */
        public static Shape small(Random random) {
            return new Shape(1 + random.nextInt(3), 1 + random.nextInt(2), 1 + random.nextInt(3),
                    random.nextInt(3), random.nextInt(2), random.nextDouble() * 2, random.nextInt(2),
                    1 + random.nextInt(4), 1 + random.nextInt(5), 1 + random.nextInt(3), 0.5, 0.15, 0.7);
        }

        /** {@return the number of targets this shape makes} */
        public int targetCount() {
            return frameworks * domainsPerFramework * giosPerDomain * (1 + sbosPerGio * (1 + topicsPerSbo));
        }
    }

    /** {@return a small random graph for the seed} */
    public static CompetencyGraph small(long seed) {
        Random random = new Random(seed);
        return generate(random.nextLong(), Shape.small(random));
    }

    /** {@return the graph of the given shape for the seed} */
    public static CompetencyGraph generate(long seed, Shape shape) {
        return builder(seed, shape).build();
    }

    /** {@return a builder holding the graph of the given shape, to add more parts before building} */
    public static CompetencyGraph.Builder builder(long seed, Shape shape) {
        Random random = new Random(seed);
        CompetencyGraph.Builder b = CompetencyGraph.builder();
        List<CredentialId> licences = new ArrayList<>();
        for (int l = 0; l < shape.licences(); l++) {
            CredentialId id = CredentialId.of("lic" + l);
            licences.add(id);
            b.credential(credential(id, CredentialKind.NATIONAL_LICENCE, Optional.empty(), List.of()));
        }
        List<TargetId> all = new ArrayList<>(shape.targetCount());
        List<CredentialId> credentials = new ArrayList<>();
        for (int f = 0; f < shape.frameworks(); f++) {
            FrameworkId fid = FrameworkId.of("f" + f);
            CredentialId cid = CredentialId.of("c" + f);
            b.credential(credential(cid, CredentialKind.PRIVATE, Optional.of(fid),
                    requirements(random, shape, credentials, licences)));
            credentials.add(cid);
            b.framework(new Framework(fid, cid, text("f" + f), OptionalInt.empty()));
            FrameworkVersionId vid = FrameworkVersionId.of(fid, "v1");
            b.version(new FrameworkVersion(vid, text(vid.value()), VersionStatus.PUBLISHED, Optional.empty(),
                    Optional.empty(), SOURCE), true);
            for (int d = 0; d < shape.domainsPerFramework(); d++) {
                DomainId did = DomainId.of(fid.value() + ".d" + d);
                b.domain(new Domain(did, fid, text(did.value())));
                for (int g = 0; g < shape.giosPerDomain(); g++) {
                    TargetId gio = add(b, random, shape, all, vid, did, Optional.empty(), TargetKind.GIO, did.value() + ".g" + g);
                    for (int s = 0; s < shape.sbosPerGio(); s++) {
                        TargetId sbo = add(b, random, shape, all, vid, did, Optional.of(gio), TargetKind.SBO, gio.value() + ".s" + s);
                        for (int t = 0; t < shape.topicsPerSbo(); t++) {
                            add(b, random, shape, all, vid, did, Optional.of(sbo), TargetKind.TOPIC, sbo.value() + ".t" + t);
                        }
                    }
                }
            }
        }
        for (int j = 1; j < all.size(); j++) {
            // A mean of prerequisitesPerTarget edges, mostly to nearby earlier targets as in real curricula.
            int edges = poisson(random, shape.prerequisitesPerTarget());
            for (int e = 0; e < edges; e++) {
                int i = random.nextDouble() < 0.7 ? Math.max(0, j - 1 - random.nextInt(Math.min(j, 200))) : random.nextInt(j);
                b.prerequisite(all.get(j), all.get(i));
            }
        }
        List<RoleId> roles = new ArrayList<>();
        for (int r = 0; r < shape.roles(); r++) {
            RoleId rid = RoleId.of("r" + r);
            roles.add(rid);
            Set<Integer> picked = new LinkedHashSet<>();
            int needs = Math.min(shape.needsPerRole(), all.size());
            while (picked.size() < needs) {
                picked.add(random.nextInt(all.size()));
            }
            List<Need> list = new ArrayList<>();
            for (int i : picked) {
                list.add(new Need(all.get(i), 1 + random.nextInt(Need.MAX_LEVEL), random.nextInt(5) / 4.0));
            }
            b.role(new Role(rid, text("r" + r), Optional.empty(), "fam" + random.nextInt(shape.families()), list, SOURCE));
        }
        if (!roles.isEmpty()) {
            for (CredentialId c : credentials) {
                int suits = random.nextInt(Math.min(roles.size(), 3) + 1) + (shape.roles() > 100 ? shape.roles() / 100 : 0);
                for (int s = 0; s < suits; s++) {
                    b.suits(c, roles.get(random.nextInt(roles.size())));
                }
            }
        }
        return b;
    }

    private static List<Requirement> requirements(Random random, Shape shape, List<CredentialId> earlier,
                                                  List<CredentialId> licences) {
        List<Requirement> requirements = new ArrayList<>();
        Set<CredentialId> chosen = new HashSet<>();
        if (!earlier.isEmpty() && random.nextDouble() < shape.requirementChance()) {
            chosen.add(earlier.get(random.nextInt(earlier.size())));
            if (random.nextBoolean()) {
                chosen.add(earlier.get(random.nextInt(earlier.size())));
            }
        }
        if (!licences.isEmpty() && random.nextDouble() < shape.licenceChance()) {
            chosen.add(licences.get(random.nextInt(licences.size())));
        }
        chosen.stream().sorted().forEach(c -> requirements.add(new Requirement.HoldsCredential(c)));
        if (random.nextDouble() < shape.requirementChance()) {
            ExperienceKind[] kinds = ExperienceKind.values();
            requirements.add(new Requirement.Experience(kinds[random.nextInt(kinds.length)], 1 + random.nextInt(5)));
        }
        return requirements;
    }

    private static TargetId add(CompetencyGraph.Builder b, Random random, Shape shape, List<TargetId> all,
                                FrameworkVersionId version, DomainId domain, Optional<TargetId> parent, TargetKind kind,
                                String id) {
        TargetId tid = TargetId.of(id);
        OptionalInt effort = random.nextDouble() < shape.effortChance() ? OptionalInt.of(1 + random.nextInt(40))
                : OptionalInt.empty();
        b.target(new Target(tid, version, domain, parent, kind, text(id), Optional.empty(), SOURCE, effort, Set.of()));
        all.add(tid);
        return tid;
    }

    private static Credential credential(CredentialId id, CredentialKind kind, Optional<FrameworkId> framework,
                                         List<Requirement> requirements) {
        return new Credential(id, text(id.value()), Optional.empty(), Optional.empty(), text("issuer"),
                OptionalInt.empty(), kind, Optional.empty(), framework, requirements, SOURCE);
    }

    private static LocalizedText text(String s) {
        return LocalizedText.of(s, s);
    }

    private static int poisson(Random random, double mean) {
        double limit = Math.exp(-mean);
        double product = random.nextDouble();
        int n = 0;
        while (product > limit) {
            n++;
            product *= random.nextDouble();
        }
        return n;
    }
}
