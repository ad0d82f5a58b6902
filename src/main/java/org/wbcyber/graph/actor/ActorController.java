package org.wbcyber.graph.actor;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.wbcyber.graph.api.Items;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@RequestMapping("/api/actors")
@Tag(name = "Actors", description = "Organisations, groups, people and regions, as the documents describe them.")
class ActorController {

    private final ActorService actors;

    ActorController(ActorService actors) {
        this.actors = actors;
    }

    @GetMapping("/{id}")
    @Operation(summary = "Actor profile: kind, country, names, roles, memberships, people, policies, incidents, with sources")
    ActorProfile profile(@PathVariable String id,
            @Parameter(description = Items.DESCRIPTION + " Links latest first within each type.")
            @RequestParam(defaultValue = Items.DEFAULT_TEXT) int items) {
        return actors.profile(id, items);
    }
}
