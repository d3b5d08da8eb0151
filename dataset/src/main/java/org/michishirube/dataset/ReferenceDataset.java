package org.michishirube.dataset;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.michishirube.core.model.CareerPath;
import org.michishirube.core.resource.LearningResource;
import org.michishirube.core.model.CompetencyGraph;
import org.michishirube.core.model.Credential;
import org.michishirube.core.model.CredentialId;
import org.michishirube.core.model.ExamSitting;
import org.michishirube.core.model.ExamStatistic;
import org.michishirube.core.model.Framework;
import org.michishirube.core.model.FrameworkTree;
import org.michishirube.core.model.Role;
import org.michishirube.core.model.RoleId;

/**
 * The reference dataset as read from its files and checked.
 *
 * @param version the dataset version from the manifest
 * @param credentials the credentials
 * @param frameworks the frameworks
 * @param trees every framework version with its content, older versions first
 * @param roles the roles and their needs
 * @param suits which credentials suit which roles
 * @param statistics exam statistics; disagreeing sources give several entries
 * @param sittings exam sittings per credential and year, past and projected
 * @param careerPaths the model career paths
 * @param resources the learning resources besides schools' courses
 * @param extras facts kept as node properties but not modelled in core (holders, notes), by node key
 * @param sources the sources registry: every source the dataset cites, once
 * @param citations every claim of the dataset with its level, cited sources and reasoning, as the verification rules
 *     ({@link ProvenanceRules}) checked them
 */
public record ReferenceDataset(
        String version,
        List<Credential> credentials,
        List<Framework> frameworks,
        List<FrameworkTree> trees,
        List<Role> roles,
        Map<CredentialId, Set<RoleId>> suits,
        List<ExamStatistic> statistics,
        List<ExamSitting> sittings,
        List<CareerPath> careerPaths,
        List<LearningResource> resources,
        Map<String, Map<String, Object>> extras,
        List<Source> sources,
        List<CitedItem> citations) {

    public ReferenceDataset {
        credentials = List.copyOf(credentials);
        frameworks = List.copyOf(frameworks);
        trees = List.copyOf(trees);
        roles = List.copyOf(roles);
        suits = Map.copyOf(suits);
        statistics = List.copyOf(statistics);
        sittings = List.copyOf(sittings);
        careerPaths = List.copyOf(careerPaths);
        resources = List.copyOf(resources);
        extras = Map.copyOf(extras);
        sources = List.copyOf(sources);
        citations = List.copyOf(citations);
    }

    /** {@return the registry entry with this id} */
    public java.util.Optional<Source> source(String id) {
        return sources.stream().filter(s -> s.id().equals(id)).findFirst();
    }

    /**
     * {@return the reference dataset shipped with Michishirube, read and checked}
     *
     * @throws InvalidDatasetException when a file breaks its schema or the integrity rules (never for the shipped
     *     files, which the build checks)
     */
    public static ReferenceDataset load() {
        return load(DatasetSource.shipped());
    }

    /**
     * {@return the dataset read from a source, e.g. a steward's edited copy in a folder, read and checked}
     *
     * @param source where the files are
     * @throws InvalidDatasetException naming every fault, file by file
     */
    public static ReferenceDataset load(DatasetSource source) {
        return new DatasetReader(source).read();
    }

    /** {@return the published graph this dataset describes} */
    public CompetencyGraph graph() {
        return CompetencyGraph.assemble(credentials, frameworks, trees, roles, suits).build();
    }

    /** {@return the number of targets over all versions} */
    public int targetCount() {
        return trees.stream().mapToInt(t -> t.targets().size()).sum();
    }
}
