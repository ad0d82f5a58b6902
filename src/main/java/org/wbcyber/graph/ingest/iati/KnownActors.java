package org.wbcyber.graph.ingest.iati;

import java.util.List;

/** The organisations and regions an import may match, as they are when the import reads its input. */
@FunctionalInterface
interface KnownActors {

    List<ActorDirectory.Known> load();
}
