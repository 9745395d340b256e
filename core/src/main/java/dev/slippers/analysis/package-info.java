/**
 * The friction analysis of a journey's stage graph. {@link dev.slippers.analysis.JourneyAnalyzer}
 * turns a {@link dev.slippers.model.Journey} into a {@link dev.slippers.analysis.JourneyAnalysis}:
 * customer flow as an absorbing Markov chain ({@code Flow}), friction scores with their
 * contributions ({@code Friction}), the most likely and highest-friction paths ({@code Paths}),
 * loops ({@code Loops}), structure ({@code Structure}), channel switches, breaches, persona
 * experience and pain impacts; {@link dev.slippers.analysis.WhatIf} compares a journey with some pain
 * points fixed. JGraphT stays inside this package: results are records of ids. The method, its
 * costs and every assumption are documented in docs/analysis.md.
 */
package dev.slippers.analysis;
