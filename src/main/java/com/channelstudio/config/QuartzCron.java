package com.channelstudio.config;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.quartz.CronExpression;

/** A setting that Quartz reads as a cron expression, seconds first ({@code 0 0 8 * * ?}). */
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = QuartzCron.Check.class)
public @interface QuartzCron {

    String message() default "must be a Quartz cron expression, seconds first (e.g. 0 0 8 * * ?)";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Check implements ConstraintValidator<QuartzCron, String> {

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return value != null && CronExpression.isValidExpression(value);
        }
    }
}
