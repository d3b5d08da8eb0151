// Model career paths (dataset/career-paths.yaml) are addressed by their id, like every reference node.
CREATE CONSTRAINT career_path_id IF NOT EXISTS FOR (n:CareerPath) REQUIRE n.id IS UNIQUE;
