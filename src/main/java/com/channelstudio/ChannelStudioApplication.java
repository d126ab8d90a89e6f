package com.channelstudio;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class ChannelStudioApplication {

    public static void main(String[] args) {
        SpringApplication.run(ChannelStudioApplication.class, args);
    }
}
