package com.channelstudio.planning;

import java.util.List;
import java.util.Map;

/**
 * The words track titles are made of, per niche vocabulary (by its name): the things a listener pictures
 * ("Paper Lanterns") and the places they sit in ("on Platform 9").
 */
record TitleWords(List<String> things, List<String> places) {

    private static final Map<String, TitleWords> BY_NICHE = Map.ofEntries(
            Map.entry("lo-fi study", new TitleWords(
                    List.of("Paper Lanterns", "Rain", "Cold Coffee", "Vinyl Dust", "Late Bus", "Pencil Notes", "Desk Lamp",
                            "Window Light", "Headphones", "Polaroids", "Neon Puddles", "Sticky Notes", "Tea Steam",
                            "Cassette", "Night Tram", "Margins"),
                    List.of("on Platform 9", "by the Window", "on the Rooftop", "in Room 204", "at the Corner Café",
                            "on the Last Train", "in the Library", "under the Awning", "on Maple Street", "in the Attic"))),
            Map.entry("medieval tavern", new TitleWords(
                    List.of("Mead", "Lanterns", "Oak Barrels", "The Bard", "Hearthfire", "Copper Mugs", "Old Tales",
                            "Wandering Minstrel", "Pipe Smoke", "Dice", "The Innkeeper", "Pilgrims", "Straw Beds",
                            "Torchlight", "Honey Bread", "Long Roads"),
                    List.of("at the Prancing Inn", "by the Hearth", "in the Market Square", "on the King's Road",
                            "beneath the Castle", "in the Cellar", "at the Crossroads", "by the Mill",
                            "in the Great Hall", "at the Harbour Gate"))),
            Map.entry("royal court", new TitleWords(
                    List.of("Silk Gloves", "Chandeliers", "The Masquerade", "Candlelight", "Rose Petals", "Ivory Keys",
                            "Letters", "The Duchess", "Lace Fans", "Golden Hours", "Promenade", "The First Dance",
                            "Porcelain", "Velvet", "Fountains", "Secret Vows"),
                    List.of("in the Ballroom", "at the Orangery", "on the Palace Terrace", "in the Rose Garden",
                            "by the Lake House", "in the Music Room", "at Kensington", "in the Hall of Mirrors",
                            "on the Grand Stair", "at the Summer Palace"))),
            Map.entry("ambient space", new TitleWords(
                    List.of("Stardust", "Drifting Satellites", "Orbit", "Nebula", "Solar Wind", "Quiet Signals",
                            "Event Horizon", "Moonlight", "Cosmic Tides", "Lightyears", "Ion Trails", "Comets",
                            "Zero Gravity", "Pale Blue Dot", "Starlight", "Aurora"),
                    List.of("over Europa", "beyond Saturn", "near the Kuiper Belt", "in Deep Field", "above the Rings",
                            "at Lagrange Point", "past Andromeda", "on the Far Side", "in the Milky Way",
                            "around Titan"))),
            Map.entry("rain and nature", new TitleWords(
                    List.of("Rain", "Moss", "Fern Shadows", "Rivers", "Pine Needles", "Morning Fog", "Wild Thyme",
                            "Driftwood", "Birdsong", "Puddles", "Green Light", "Still Water", "Falling Leaves",
                            "Soft Thunder", "Dewdrops", "Tall Grass"),
                    List.of("on the Cabin Roof", "in the Old Forest", "by the River Bend", "on the Hillside",
                            "in the Valley", "at the Lakeshore", "under the Pines", "by the Waterfall",
                            "on the Meadow", "along the Coast"))),
            Map.entry("jazz café", new TitleWords(
                    List.of("Espresso", "Blue Notes", "Smoke Rings", "Brass", "Café Crème", "Late Set", "Saxophone",
                            "Velvet Booth", "Rainy Boulevard", "Cigarette Ash", "Paris Letters", "Cold Brew",
                            "Soft Shoes", "Back Room", "The Last Waltz", "Midnight Menu"),
                    List.of("on Rue Cler", "at the Blue Door", "in the Back Booth", "on 52nd Street", "at the Corner Table",
                            "by the Piano Bar", "in Montmartre", "at the Hotel Lobby", "under the Lamplight",
                            "in the Rain"))),
            Map.entry("synthwave", new TitleWords(
                    List.of("Neon", "Night Drive", "Chrome", "Laser Grid", "Palm Shadows", "Cassette Hearts",
                            "Arcade Lights", "Overdrive", "Static", "Pink Horizon", "Tail Lights", "Hologram",
                            "Afterglow", "Vector Dreams", "Turbo", "Sunset Boulevard"),
                    List.of("on Highway 80", "in Neo Tokyo", "down Ocean Drive", "in the Arcade", "past the Skyline",
                            "on the Grid", "at the Drive-In", "over Miami", "in Sector 7", "on Route 1984"))),
            Map.entry("sleep piano", new TitleWords(
                    List.of("Lullaby", "Soft Pillows", "Moonlight", "Quiet Stars", "Slow Breath", "Feathers",
                            "Warm Blankets", "Night Light", "Drifting Clouds", "Still Hours", "Dreams", "Candle Glow",
                            "Sleepy Keys", "Silver Moon", "Snowfall", "Hush"),
                    List.of("by the Window", "under the Stars", "in the Nursery", "on the Lake", "in the Attic Room",
                            "at the Seaside", "in Slumberland", "by the Fireplace", "over the Hills", "in the Garden"))),
            Map.entry("celtic", new TitleWords(
                    List.of("Heather", "Standing Stones", "Sea Mist", "The Selkie", "Green Hills", "Oak Leaves",
                            "Harp Strings", "The Wanderer", "Old Ballads", "Peat Smoke", "Skylarks", "The Ferryman",
                            "Wild Geese", "Silver Streams", "Holy Wells", "Thistle"),
                    List.of("on the Isle of Skye", "in the Glen", "by Loch Ness", "on the Moor", "at Connemara",
                            "on the Cliffs of Moher", "in the Highlands", "by the Abbey", "at Galway Bay",
                            "on the Old Road"))),
            Map.entry("winter holiday", new TitleWords(
                    List.of("Snowflakes", "Hot Cocoa", "Pine Cones", "Sleigh Bells", "Frost", "Gingerbread",
                            "Stockings", "Candle Wax", "Mittens", "First Snow", "Evergreens", "Silver Bells",
                            "Wool Scarves", "Fireside Tales", "Cinnamon", "Starlit Roofs"),
                    List.of("by the Fireplace", "in the Cabin", "on the Frozen Lake", "in the Village Square",
                            "at the Chalet", "under the Mistletoe", "on Candy Lane", "in the Pine Woods",
                            "at Grandma's House", "on the Sleigh Ride"))),
            Map.entry("east asian", new TitleWords(
                    List.of("Paper Lanterns", "Cherry Blossoms", "Koi", "Bamboo", "Green Tea", "Ink Brush", "Temple Bells",
                            "Origami", "Plum Rain", "Maple Leaves", "Fireflies", "Sakura Petals", "Wind Chimes",
                            "Stone Lanterns", "Moon Viewing", "Calligraphy"),
                    List.of("in Kyoto", "by the Koi Pond", "at the Temple Gate", "on the Wooden Bridge",
                            "in the Tea House", "under Mount Fuji", "in Gion", "at the Shrine", "in the Bamboo Grove",
                            "on the Riverbank"))),
            Map.entry("general", new TitleWords(
                    List.of("Paper Lanterns", "Quiet Hours", "Slow Mornings", "Open Windows", "Little Lights", "Tides",
                            "Wildflowers", "Long Shadows", "Postcards", "Echoes", "Daydreams", "Small Rooms",
                            "Far Horizons", "Letters Home", "Warm Air", "Kites"),
                    List.of("on Platform 9", "by the Sea", "in the Garden", "on the Hill", "in the Old Town",
                            "by the Lake", "on the Balcony", "in the Valley", "at the Station", "on the Pier"))));

    static TitleWords of(NicheVocabulary vocabulary) {
        return BY_NICHE.get(vocabulary.name());
    }
}
