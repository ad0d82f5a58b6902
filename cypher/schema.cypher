// wb-cyber-graph schema: uniqueness constraints and indexes. GENERATED from cypher/model.yaml: edit the
// model, then run `./mvnw -q spring-boot:run -Dspring-boot.run.arguments=generate`.
// Idempotent (IF NOT EXISTS): run it as often as you like in Neo4j Browser, cypher-shell or any driver.
// The application applies this very file at every start.

// Every node has an id, unique across the graph.
CREATE CONSTRAINT source_id IF NOT EXISTS FOR (n:Source) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT country_id IF NOT EXISTS FOR (n:Country) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT region_id IF NOT EXISTS FOR (n:Region) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT actor_id IF NOT EXISTS FOR (n:Actor) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT organisation_id IF NOT EXISTS FOR (n:Organisation) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT group_id IF NOT EXISTS FOR (n:Group) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT person_id IF NOT EXISTS FOR (n:Person) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT project_id IF NOT EXISTS FOR (n:Project) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT event_id IF NOT EXISTS FOR (n:Event) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT initiative_id IF NOT EXISTS FOR (n:Initiative) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT policy_document_id IF NOT EXISTS FOR (n:PolicyDocument) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT publication_id IF NOT EXISTS FOR (n:Publication) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT incident_id IF NOT EXISTS FOR (n:Incident) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT index_id IF NOT EXISTS FOR (n:Index) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT indicator_id IF NOT EXISTS FOR (n:Indicator) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT score_id IF NOT EXISTS FOR (n:Score) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT theme_id IF NOT EXISTS FOR (n:Theme) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT dataset_id IF NOT EXISTS FOR (n:Dataset) REQUIRE n.id IS UNIQUE;

// Range indexes for the properties queries filter on.
CREATE INDEX organisation_kind IF NOT EXISTS FOR (n:Organisation) ON (n.kind);
CREATE INDEX project_period_start IF NOT EXISTS FOR (n:Project) ON (n.periodStart);
CREATE INDEX project_period_end IF NOT EXISTS FOR (n:Project) ON (n.periodEnd);
CREATE INDEX project_iati_identifier IF NOT EXISTS FOR (n:Project) ON (n.iatiIdentifier);
CREATE INDEX event_date_start IF NOT EXISTS FOR (n:Event) ON (n.dateStart);
CREATE INDEX event_date_end IF NOT EXISTS FOR (n:Event) ON (n.dateEnd);
CREATE INDEX incident_date_start IF NOT EXISTS FOR (n:Incident) ON (n.dateStart);
CREATE INDEX incident_date_end IF NOT EXISTS FOR (n:Incident) ON (n.dateEnd);
CREATE INDEX indicator_code IF NOT EXISTS FOR (n:Indicator) ON (n.code);
CREATE INDEX score_year IF NOT EXISTS FOR (n:Score) ON (n.year);

// Full-text search over every name, acronym, alias and local name; the standard-folding analyzer
// ignores case and diacritics ("Mugosa" finds "Mugoša").
CREATE FULLTEXT INDEX names IF NOT EXISTS FOR (n:Country|Region|Organisation|Group|Person|Project|Event|Initiative|PolicyDocument|Publication|Incident|Index|Indicator|Theme) ON EACH [n.names]
  OPTIONS {indexConfig: {`fulltext.analyzer`: 'standard-folding'}};
