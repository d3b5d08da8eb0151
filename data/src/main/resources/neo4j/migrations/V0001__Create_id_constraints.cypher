// Every node kind is addressed by a stable, human-readable id.
CREATE CONSTRAINT credential_id IF NOT EXISTS FOR (n:Credential) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT framework_id IF NOT EXISTS FOR (n:Framework) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT framework_version_id IF NOT EXISTS FOR (n:FrameworkVersion) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT domain_id IF NOT EXISTS FOR (n:Domain) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT role_id IF NOT EXISTS FOR (n:Role) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT exam_statistic_id IF NOT EXISTS FOR (n:ExamStatistic) REQUIRE n.id IS UNIQUE;
// A target id is its lineage identity, shared by the versions that keep it; uid = version/id is unique.
CREATE CONSTRAINT target_uid IF NOT EXISTS FOR (n:Target) REQUIRE n.uid IS UNIQUE;
CREATE CONSTRAINT dataset_release_id IF NOT EXISTS FOR (n:DatasetRelease) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT graph_state_id IF NOT EXISTS FOR (n:GraphState) REQUIRE n.id IS UNIQUE;
