/**
 * The suites surefire hands out to its two forks (pom.xml): one per shared Spring context, whose classes run
 * together in one JVM so the context starts once, and one for the classes that start no shared context. The lane's
 * tags ({@code slow}, {@code browser}) choose which of each suite's classes run, so a suite may have none in a lane. Two forks keep both cores busy:
 * one JVM alone spent about half of the suite waiting on polls, renders and HTTP answers.
 */
package com.channelstudio.lanes;
