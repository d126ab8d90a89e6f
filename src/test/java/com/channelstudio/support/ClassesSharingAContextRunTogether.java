package com.channelstudio.support;

import java.lang.annotation.Annotation;
import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.Collectors;
import org.junit.jupiter.api.ClassDescriptor;
import org.junit.jupiter.api.ClassOrderer;
import org.junit.jupiter.api.ClassOrdererContext;

/**
 * Runs the test classes that share a Spring context one after another: first the classes without one, then each
 * context's classes together. With the context cache kept to one (src/test/resources/spring.properties), a context
 * is closed when the next one starts, so no finished context keeps polling, rendering and checking in the background
 * of the rest of the suite; grouped, no context has to start twice.
 */
public class ClassesSharingAContextRunTogether implements ClassOrderer {

    @Override
    public void orderClasses(ClassOrdererContext context) {
        context.getClassDescriptors().sort(Comparator.comparing(ClassesSharingAContextRunTogether::context)
                .thenComparing(descriptor -> descriptor.getTestClass().getName()));
    }

    /** Empty for a class without a Spring context; else what makes its context: its annotations and their values. */
    private static String context(ClassDescriptor descriptor) {
        Annotation[] annotations = descriptor.getTestClass().getAnnotations();
        boolean spring = Arrays.stream(annotations).anyMatch(ClassesSharingAContextRunTogether::makesAContext);
        if (!spring) {
            return "";
        }
        return Arrays.stream(annotations).filter(annotation -> !annotation.annotationType().getName().startsWith("org.junit"))
                .map(Annotation::toString).sorted().collect(Collectors.joining(" "));
    }

    private static boolean makesAContext(Annotation annotation) {
        Class<? extends Annotation> type = annotation.annotationType();
        return type.getName().equals("org.springframework.boot.test.context.SpringBootTest")
                || type.isAnnotationPresent(org.springframework.boot.test.context.SpringBootTest.class);
    }
}
