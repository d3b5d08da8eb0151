// Learning resources (issue 18 item 5): seeded from dataset/resources.yaml or registered by stewards, addressed by id.
CREATE CONSTRAINT learning_resource_id IF NOT EXISTS FOR (n:LearningResource) REQUIRE n.id IS UNIQUE;
