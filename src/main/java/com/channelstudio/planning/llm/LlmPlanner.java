package com.channelstudio.planning.llm;

import com.channelstudio.config.StudioProperties;
import com.channelstudio.jobs.AssetFailure;
import com.channelstudio.jobs.InvalidInputException;
import com.channelstudio.jobs.VideoJob;
import com.channelstudio.planning.ChannelHistory;
import com.channelstudio.planning.PromptPlan;
import com.channelstudio.planning.PromptPlanValidator;
import com.channelstudio.providers.Provider;
import com.channelstudio.providers.ProviderRequest;
import com.channelstudio.security.SecretRedactor;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.camel.Body;
import org.apache.camel.Exchange;
import org.apache.camel.ExchangeProperty;
import org.apache.camel.Header;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Prompts from an OpenAI-compatible chat completion (OpenAI, Ollama, Gemini's compatible endpoint) with a JSON
 * schema. Each answer is checked by {@link PromptPlanValidator}; a bad one is sent back with the rule it broke.
 */
@Component("llmPlanner")
public class LlmPlanner {

    static final Provider LLM = new Provider("LLM planner", "studio.llm");
    static final String ITEM = "the prompt plan";
    private static final Logger log = LoggerFactory.getLogger(LlmPlanner.class);

    private final String url;
    private final String apiKey;
    private final String model;
    private final int attempts;
    private final boolean fallBack;
    private final PromptPlanValidator validator;
    private final SecretRedactor redactor;
    private final ObjectMapper json;

    public LlmPlanner(StudioProperties properties, PromptPlanValidator validator, SecretRedactor redactor, ObjectMapper json) {
        StudioProperties.Llm settings = properties.llm();
        this.url = settings.baseUrl();
        this.apiKey = settings.apiKey();
        this.model = settings.model();
        this.attempts = settings.attempts();
        this.fallBack = settings.onFailure() == StudioProperties.OnFailure.FALL_BACK;
        this.validator = validator;
        this.redactor = redactor;
        this.json = json.copy().enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);
    }

    /** @param languages the languages besides English the video's fixed texts are asked in ({@code VideoLanguages}) */
    public LlmConversation start(@ExchangeProperty("job") VideoJob job, @Header("jobLanguages") List<String> languages) {
        ArrayNode messages = json.createArrayNode();
        messages.addObject().put("role", "system").put("content", """
                You plan one long background-music video for a YouTube channel: 20 tracks and 20 matching 16:9 \
                background pictures. Answer only with JSON matching the schema. Every music prompt describes one \
                instrumental track (style, instruments, tempo in BPM, mood) in at most 200 characters, and gives it a \
                short, evocative title a listener would see in the tracklist, fitting the niche and mood (2 to 40 \
                characters, like "Paper Lanterns" or "Rain on Platform 9"; no two alike); every visual prompt describes one calm 16:9 scene without text or people's \
                faces. All 20 music prompts differ, all 20 visual prompts differ. order_index runs from 1 to 20 in both lists. duration_minutes is between \
                1.5 and 6 per track and the 20 durations add up exactly to the target.""");
        if (!languages.isEmpty()) {
            ((ObjectNode) messages.get(0)).put("content", messages.get(0).path("content").asText() + " For each language in localizations, "
                    + "translate the video's fixed texts: title (the niche, the moods and the length in minutes, at most 100 "
                    + "characters, like \"Lo-fi study beats — Calm, rainy music (60 min)\"), summary (one line: how many tracks of "
                    + "which music, for focus, study and rest), tracklist (the tracklist's heading) and licence (one line: the "
                    + "provider and licence of every track and image are in metadata.json). No < or >, no line breaks.");
        }
        messages.addObject().put("role", "user").put("content", String.format(Locale.ROOT,
                "Channel niche: %s. Mood keywords: %s. Target length: %d minutes in total.%s",
                job.nicheLabel(), job.moodKeywords(), job.targetDurationMinutes(),
                languages.isEmpty() ? "" : " Languages: " + String.join(", ", languages) + "."));
        return new LlmConversation(messages, 0, null);
    }

    public ProviderRequest request(@ExchangeProperty("llmConversation") LlmConversation conversation,
            @Header("jobLanguages") List<String> languages) {
        ObjectNode body = json.createObjectNode().put("model", model).put("temperature", 0.8);
        body.set("messages", conversation.messages());
        ObjectNode format = body.putObject("response_format").put("type", "json_schema");
        format.putObject("json_schema").put("name", "prompt_plan").put("strict", true).set("schema", schema(languages));
        Map<String, String> headers = apiKey.isBlank() ? Map.of() : Map.of("Authorization", "Bearer " + apiKey);
        return LLM.post(ITEM, url, headers, body.toString());
    }

    /** The conversation with the plan if this answer passes, else with the broken rule told back to the model. */
    public LlmConversation read(@Body JsonNode answer, @ExchangeProperty("llmConversation") LlmConversation conversation,
            @ExchangeProperty("job") VideoJob job, @Header("channelHistory") ChannelHistory history,
            @Header("jobLanguages") List<String> languages) {
        JsonNode choice = answer.path("choices").path(0);
        String content = unfenced(choice.path("message").path("content").asText(""));
        int answers = conversation.answers() + 1;
        String problem;
        try {
            if ("length".equals(choice.path("finish_reason").asText())) {
                throw new InvalidInputException("answer", "was cut off (finish_reason length); keep every prompt short");
            }
            PromptPlan plan = json.readValue(content, PromptPlan.class);
            return new LlmConversation(conversation.messages(), answers,
                    validator.checkTranslated(validator.checkFresh(validator.checkTitled(validator.validate(plan,
                            job.targetDurationMinutes())), history), languages));
        } catch (InvalidInputException e) {
            problem = e.getMessage();
        } catch (Exception e) {
            problem = "the answer is not JSON in the schema's shape (" + e.getClass().getSimpleName() + ")";
        }
        if (answers >= attempts) {
            throw new AssetFailure(ITEM, "the LLM planner gave " + answers + " answers that break the rules; the last: "
                    + problem, "Try another studio.llm.model, or unset studio.llm.base-url to use the built-in planner");
        }
        log.warn("Job {}: LLM planner answer {} rejected ({}); asking again", job.id(), answers, problem);
        ArrayNode messages = conversation.messages().deepCopy();
        messages.addObject().put("role", "assistant").put("content", content);
        messages.addObject().put("role", "user").put("content", "That answer breaks a rule: " + problem
                + ". Answer again with the complete corrected JSON.");
        return new LlmConversation(messages, answers, null);
    }

    /** Falls back to the built-in planner (the default), or fails the job, as studio.llm.on-failure says. */
    public PromptPlan fallBack(Exchange exchange, @ExchangeProperty("job") VideoJob job) throws Exception {
        Exception failure = exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Exception.class);
        if (!fallBack) {
            throw failure;
        }
        log.warn("Job {}: the LLM planner failed ({}); the built-in planner writes the prompts instead "
                + "(studio.llm.on-failure=fall-back)", job.id(), redactor.redact(String.valueOf(failure.getMessage())));
        return null;
    }

    private static String unfenced(String content) {
        String text = content.strip();
        if (text.startsWith("```")) {
            text = text.replaceFirst("^```[a-zA-Z]*\\s*", "").replaceFirst("\\s*```$", "");
        }
        return text;
    }

    private ObjectNode schema(List<String> languages) {
        ObjectNode music = object();
        music.putObject("properties").<ObjectNode>set("order_index", type("integer"))
                .<ObjectNode>set("prompt", type("string")).<ObjectNode>set("duration_minutes", type("number"))
                .set("title", type("string"));
        music.putArray("required").add("order_index").add("prompt").add("duration_minutes").add("title");
        ObjectNode visual = object();
        visual.putObject("properties").<ObjectNode>set("order_index", type("integer")).set("prompt", type("string"));
        visual.putArray("required").add("order_index").add("prompt");
        ObjectNode schema = object();
        ObjectNode properties = schema.putObject("properties");
        properties.set("music_prompts", list(music));
        properties.set("visual_prompts", list(visual));
        ArrayNode required = schema.putArray("required").add("music_prompts").add("visual_prompts");
        if (!languages.isEmpty()) {
            ObjectNode texts = object();
            ObjectNode fields = texts.putObject("properties");
            ArrayNode named = texts.putArray("required");
            for (String field : List.of("title", "summary", "tracklist", "licence")) {
                fields.set(field, type("string"));
                named.add(field);
            }
            ObjectNode localizations = object();
            ObjectNode byLanguage = localizations.putObject("properties");
            languages.forEach(language -> byLanguage.set(language, texts.deepCopy()));
            languages.forEach(localizations.putArray("required")::add);
            properties.set("localizations", localizations);
            required.add("localizations");
        }
        return schema;
    }

    private ObjectNode object() {
        return json.createObjectNode().put("type", "object").put("additionalProperties", false);
    }

    private ObjectNode type(String name) {
        return json.createObjectNode().put("type", name);
    }

    private ObjectNode list(ObjectNode items) {
        ObjectNode list = type("array").put("minItems", PromptPlan.TRACKS).put("maxItems", PromptPlan.TRACKS);
        list.set("items", items);
        return list;
    }
}
