package org.wbcyber.graph.actor;

import java.util.List;
import java.util.Map;

import org.wbcyber.graph.provenance.Evidence;
import org.wbcyber.graph.query.Linked;
import org.wbcyber.graph.query.Place;

/**
 * An actor as the documents describe it. {@code basedIn}: every country or region it is based in (a group of
 * several countries' bodies is based in each), {@code country} the first of them by id. {@code roles}: its part in
 * projects, events, initiatives and publications (funder, implementer, organiser…); {@code memberships}: bodies
 * and regions it is part or member of; {@code units}: bodies part of it; {@code people}: people holding roles in
 * it; {@code positions}: a person's roles; {@code policies}: policy documents it adopted, ratified, signed or is
 * responsible for; {@code partnerships}: partnerships stated without a shared context; {@code targetedBy}:
 * incidents that hit it; {@code citedBy}: index scores whose evidence names it. Each list holds at most
 * {@code items}, latest first within each type of link; {@code totals} counts every list's links in all.
 */
public record ActorProfile(String id, String label, String name, String acronym, List<String> aliases,
        List<String> localNames, String kind, String status, String established, String honorific,
        String description, Place country, List<Place> basedIn, List<Evidence> evidence, List<Linked> roles,
        List<Linked> memberships, List<Linked> units, List<Linked> people, List<Linked> positions,
        List<Linked> policies, List<Linked> partnerships, List<Linked> targetedBy, List<Linked> citedBy, int items,
        Map<String, Long> totals) {
}
