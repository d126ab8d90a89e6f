package com.channelstudio.config;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.util.unit.DataSize;

/** A size setting ({@code 64KB}, {@code 2GB}) of at least {@link #value()}. */
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = MinDataSize.Check.class)
public @interface MinDataSize {

    /** The smallest size allowed, written as in the settings. */
    String value();

    String message() default "must be at least {value}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Check implements ConstraintValidator<MinDataSize, DataSize> {

        private DataSize least;

        @Override
        public void initialize(MinDataSize annotation) {
            least = DataSize.parse(annotation.value());
        }

        @Override
        public boolean isValid(DataSize value, ConstraintValidatorContext context) {
            return value == null || value.compareTo(least) >= 0;
        }
    }
}
