package com.channelstudio.alerts;

import com.channelstudio.config.AlertSettings;
import com.channelstudio.config.StudioProperties;
import com.fasterxml.jackson.core.JsonProcessingException;
import java.util.Map;
import org.apache.camel.ExchangeProperty;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/** Mails a claimed delivery to studio.alerts.email.to through Spring Boot's mail sender (spring.mail.*). */
@Component("alertEmail")
public class AlertEmail {

    private final AlertSettings.Email settings;
    private final ObjectProvider<JavaMailSender> mailSender;
    private final AlertMessages messages;

    public AlertEmail(StudioProperties properties, ObjectProvider<JavaMailSender> mailSender, AlertMessages messages) {
        this.settings = properties.alerts().email();
        this.mailSender = mailSender;
        this.messages = messages;
    }

    public void send(@ExchangeProperty("delivery") Map<String, Object> delivery) throws JsonProcessingException {
        SimpleMailMessage mail = new SimpleMailMessage();
        mail.setFrom(settings.from());
        mail.setTo(settings.to().toArray(String[]::new));
        mail.setSubject(messages.emailSubject(delivery));
        mail.setText(messages.emailBody(delivery));
        mailSender.getObject().send(mail);
    }
}
