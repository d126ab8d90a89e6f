package com.channelstudio.images.painter;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;

/**
 * Indoor scenes: a ballroom or hall with chandeliers, a library of shelves, a window (rain on the glass, city or
 * hills beyond, a desk and lamp before it) and a warm tavern or café with a fire and hanging lights.
 */
final class Interior {

    private final Canvas c;
    private final SceneWords w;
    private final int width;
    private final int height;

    Interior(Canvas canvas) {
        this.c = canvas;
        this.w = canvas.words;
        this.width = canvas.width;
        this.height = canvas.height;
    }

    void paint() {
        c.camera(1.35);
        switch (w.setting) {
            case BALLROOM -> hall(false);
            case LIBRARY -> hall(true);
            case WINDOW -> window();
            default -> tavern();
        }
        c.resetCamera();
        c.vignette(0.65);
        c.grain(2);
    }

    /** A symmetrical hall in one-point perspective: back wall, tall openings, columns, a tiled floor. */
    private void hall(boolean shelves) {
        Color wall = Canvas.mix(w.tint == null ? new Color(214, 190, 150) : w.tint, c.shadow, 0.35 + 0.4 * c.darkness);
        Color warm = w.tint == null ? new Color(255, 200, 120) : Canvas.mix(w.tint, new Color(255, 210, 140), 0.5);
        int floorY = (int) (height * c.range(0.62, 0.7));
        c.g.setPaint(new GradientPaint(0, 0, Canvas.mix(wall, Color.BLACK, 0.35), 0, floorY, wall));
        c.g.fillRect(0, 0, width, floorY);
        int bays = 3 + c.random.nextInt(3);
        double bay = (double) width / bays;
        for (int i = 0; i < bays; i++) {
            double x = i * bay + bay * 0.22;
            double wOpen = bay * 0.56;
            double top = height * c.range(0.12, 0.2);
            if (shelves) {
                bookcase(x - bay * 0.12, top, wOpen + bay * 0.24, floorY - top);
            } else {
                archWindow(x, top, wOpen, floorY - top - height * 0.05);
            }
            // Columns between the bays, lit from the side.
            double colX = i * bay - bay * 0.05;
            c.g.setPaint(new GradientPaint((float) colX, 0, Canvas.mix(wall, Color.WHITE, 0.25), (float) (colX + bay * 0.1), 0,
                    Canvas.mix(wall, Color.BLACK, 0.4)));
            c.g.fill(new Rectangle2D.Double(colX, 0, bay * 0.1, floorY));
        }
        floor(floorY, wall, warm);
        if (w.has("throne", "carpet", "velvet") || (!shelves && c.random.nextInt(3) == 0)) {
            carpet(floorY);
        }
        if (w.has("throne")) {
            throne(width / 2.0, floorY + height * 0.02, height * 0.3, warm);
        }
        if (w.has("drape", "velvet", "curtain", "throne")) {
            drapes(floorY);
        }
        if (w.has("piano", "music room")) {
            grandPiano(width * c.range(0.25, 0.7), floorY + height * 0.2, height * 0.22);
        }
        if (w.has("orangery", "plant", "garden")) {
            for (int i = 0; i < 4; i++) {
                pottedTree(width * (0.1 + 0.27 * i) + c.range(-30, 30), floorY + height * c.range(0.05, 0.12), height * c.range(0.22, 0.32));
            }
        }
        if (w.chandeliers || !shelves) {
            int count = 2 + c.random.nextInt(3);
            for (int i = 0; i < count; i++) {
                chandelier(width * (i + 0.5) / count + c.range(-40, 40), height * c.range(0.12, 0.22), height * c.range(0.07, 0.11), warm);
            }
        } else {
            for (int i = 0; i < 5; i++) {
                c.glow(c.range(0.1, 0.9) * width, c.range(0.3, 0.6) * height, height * 0.12, warm, 0.4);
            }
        }
        c.particles(260, 0, 0, width, height, Canvas.brighter(warm, 0.4), 1.5, 4, 0.1, 0.5);
    }

    private void carpet(int floorY) {
        Color red = Canvas.mix(new Color(150, 25, 35), c.shadow, 0.3 + 0.3 * c.darkness);
        Path2D runner = new Path2D.Double();
        runner.moveTo(width / 2.0 - 60, floorY);
        runner.lineTo(width / 2.0 + 60, floorY);
        runner.lineTo(width / 2.0 + 380, height);
        runner.lineTo(width / 2.0 - 380, height);
        runner.closePath();
        c.g.setColor(red);
        c.g.fill(runner);
        c.g.setColor(new Color(210, 170, 80));
        c.g.setStroke(new BasicStroke(5f));
        c.g.draw(runner);
    }

    private void throne(double x, double y, double size, Color warm) {
        c.glow(x, y - size * 0.5, size * 1.2, warm, 0.3);
        c.g.setColor(Canvas.mix(new Color(120, 20, 30), c.shadow, 0.3));
        c.g.fill(new Rectangle2D.Double(x - size * 0.22, y - size, size * 0.44, size * 0.75));
        c.g.setColor(new Color(200, 160, 60));
        Path2D top = new Path2D.Double();
        top.moveTo(x - size * 0.26, y - size);
        top.quadTo(x, y - size * 1.35, x + size * 0.26, y - size);
        top.closePath();
        c.g.fill(top);
        c.g.fill(new Rectangle2D.Double(x - size * 0.3, y - size * 0.3, size * 0.6, size * 0.1));
        c.g.fill(new Rectangle2D.Double(x - size * 0.3, y - size * 0.2, size * 0.08, size * 0.25));
        c.g.fill(new Rectangle2D.Double(x + size * 0.22, y - size * 0.2, size * 0.08, size * 0.25));
    }

    private void drapes(int floorY) {
        Color velvet = Canvas.mix(w.tint == null ? new Color(130, 20, 40) : Canvas.mix(w.tint, new Color(120, 20, 40), 0.6), c.shadow, 0.3);
        for (int side = 0; side < 2; side++) {
            double x0 = side == 0 ? 0 : width - width * 0.14;
            for (int fold = 0; fold < 6; fold++) {
                double fx = x0 + fold * width * 0.14 / 6;
                c.g.setPaint(new GradientPaint((float) fx, 0, Canvas.brighter(velvet, 0.15), (float) (fx + width * 0.14 / 6), 0,
                        Canvas.mix(velvet, Color.BLACK, 0.5)));
                c.g.fill(new Rectangle2D.Double(fx, 0, width * 0.14 / 6 + 1, floorY + height * 0.1));
            }
        }
        c.g.setColor(Canvas.mix(velvet, Color.BLACK, 0.2));
        Path2D swag = new Path2D.Double();
        swag.moveTo(0, 0);
        swag.lineTo(width, 0);
        swag.lineTo(width, height * 0.08);
        for (int i = 4; i >= 0; i--) {
            double x = width * i / 4.0;
            swag.quadTo(x + width / 8.0, height * 0.13, x, height * 0.08);
        }
        swag.closePath();
        c.g.fill(swag);
    }

    private void grandPiano(double x, double y, double size) {
        c.g.setColor(new Color(14, 12, 12));
        Path2D body = new Path2D.Double();
        body.moveTo(x, y - size * 0.35);
        body.lineTo(x + size * 1.3, y - size * 0.35);
        body.quadTo(x + size * 1.6, y - size * 0.3, x + size * 1.5, y - size * 0.15);
        body.lineTo(x, y - size * 0.15);
        body.closePath();
        c.g.fill(body);
        Path2D lid = new Path2D.Double();
        lid.moveTo(x + size * 0.1, y - size * 0.35);
        lid.lineTo(x + size * 1.1, y - size * 0.95);
        lid.lineTo(x + size * 1.3, y - size * 0.35);
        lid.closePath();
        c.g.fill(lid);
        for (double lx : new double[] {0.1, 0.7, 1.35}) {
            c.g.fill(new Rectangle2D.Double(x + size * lx, y - size * 0.16, size * 0.05, size * 0.16));
        }
        c.g.setColor(new Color(235, 230, 220));
        c.g.fill(new Rectangle2D.Double(x - size * 0.02, y - size * 0.2, size * 0.12, size * 0.04));
    }

    private void pottedTree(double x, double y, double size) {
        c.g.setColor(new Color(150, 90, 60));
        c.g.fill(new Rectangle2D.Double(x - size * 0.12, y - size * 0.2, size * 0.24, size * 0.2));
        c.g.setColor(new Color(60, 40, 25));
        c.g.fill(new Rectangle2D.Double(x - size * 0.02, y - size * 0.6, size * 0.04, size * 0.42));
        Color leaf = Canvas.mix(new Color(50, 110, 50), c.shadow, 0.3);
        for (int i = 0; i < 14; i++) {
            c.g.setColor(Canvas.mix(leaf, Color.BLACK, c.range(0, 0.3)));
            double r = size * c.range(0.1, 0.18);
            c.g.fill(new Ellipse2D.Double(x + c.range(-0.25, 0.25) * size - r, y - size * c.range(0.6, 0.95) - r, 2 * r, 2 * r));
        }
        c.particles(12, x - size * 0.25, y - size, x + size * 0.25, y - size * 0.6, new Color(255, 160, 40), 6, 12, 0.8, 1);
    }

    private void archWindow(double x, double top, double wOpen, double h) {
        Path2D arch = new Path2D.Double();
        arch.moveTo(x, top + h);
        arch.lineTo(x, top + wOpen / 2);
        arch.quadTo(x, top, x + wOpen / 2, top);
        arch.quadTo(x + wOpen, top, x + wOpen, top + wOpen / 2);
        arch.lineTo(x + wOpen, top + h);
        arch.closePath();
        c.g.setPaint(new GradientPaint(0, (float) top, c.zenith, 0, (float) (top + h), c.horizon));
        c.g.fill(arch);
        if (w.dark()) {
            java.awt.Shape old = c.g.getClip();
            c.g.clip(arch);
            c.particles(60, x, top, x + wOpen, top + h * 0.7, Color.WHITE, 1, 2.5, 0.4, 0.9);
            c.g.setClip(old);
        }
        c.g.setColor(Canvas.withAlpha(Color.BLACK, 0.35));
        c.g.setStroke(new BasicStroke(4f));
        c.g.draw(arch);
        c.g.drawLine((int) (x + wOpen / 2), (int) top, (int) (x + wOpen / 2), (int) (top + h));
        for (double y = top + wOpen / 2; y < top + h; y += h / 5) {
            c.g.drawLine((int) x, (int) y, (int) (x + wOpen), (int) y);
        }
    }

    private void bookcase(double x, double top, double wCase, double h) {
        c.g.setColor(Canvas.mix(new Color(70, 42, 24), c.shadow, 0.4));
        c.g.fill(new Rectangle2D.Double(x, top, wCase, h));
        double shelf = h / 6;
        for (int s = 0; s < 6; s++) {
            double y = top + s * shelf + 6;
            double bx = x + 6;
            while (bx < x + wCase - 10) {
                double bw = c.range(8, 20);
                double bh = shelf * c.range(0.6, 0.9);
                float hue = (float) c.random.nextDouble();
                c.g.setColor(Canvas.mix(Color.getHSBColor(hue, 0.5f, 0.55f), c.shadow, 0.35 + 0.3 * c.darkness));
                c.g.fill(new Rectangle2D.Double(bx, y + shelf - 8 - bh, bw, bh));
                bx += bw + 1;
            }
            c.g.setColor(new Color(40, 24, 14));
            c.g.fill(new Rectangle2D.Double(x, y + shelf - 8, wCase, 6));
        }
    }

    private void floor(int floorY, Color wall, Color warm) {
        Color a = Canvas.mix(wall, Color.WHITE, 0.1);
        Color b = c.random.nextInt(3) == 0 ? Canvas.mix(wall, Color.WHITE, 0.02) : Canvas.mix(wall, Color.BLACK, 0.45);
        double vx = width / 2.0 + c.range(-80, 80);
        int rows = 12;
        for (int r = 0; r < rows; r++) {
            double y0 = floorY + (height - floorY) * Math.pow((double) r / rows, 1.8);
            double y1 = floorY + (height - floorY) * Math.pow((double) (r + 1) / rows, 1.8);
            double t0 = (y0 - floorY) / (height - floorY);
            double t1 = (y1 - floorY) / (height - floorY);
            for (int col = -14; col < 14; col++) {
                Path2D tile = new Path2D.Double();
                double s0 = 40 + 260 * t0;
                double s1 = 40 + 260 * t1;
                tile.moveTo(vx + col * s0, y0);
                tile.lineTo(vx + (col + 1) * s0, y0);
                tile.lineTo(vx + (col + 1) * s1, y1);
                tile.lineTo(vx + col * s1, y1);
                tile.closePath();
                c.g.setColor(((r + col) & 1) == 0 ? a : b);
                c.g.fill(tile);
            }
        }
        c.glow(vx, floorY + (height - floorY) * 0.4, width * 0.35, warm, 0.25);
    }

    private void chandelier(double x, double y, double size, Color warm) {
        c.g.setColor(Canvas.withAlpha(new Color(60, 45, 20), 0.9));
        c.g.setStroke(new BasicStroke(2f));
        c.g.drawLine((int) x, 0, (int) x, (int) (y - size * 0.3));
        c.glow(x, y, size * 3.2, warm, 0.35);
        c.g.setColor(new Color(200, 160, 70));
        c.g.setStroke(new BasicStroke(3f));
        c.g.draw(new Ellipse2D.Double(x - size, y - size * 0.15, size * 2, size * 0.3));
        c.g.draw(new Ellipse2D.Double(x - size * 0.6, y - size * 0.45, size * 1.2, size * 0.2));
        for (int i = 0; i < 10; i++) {
            double a = Math.PI * 2 * i / 10;
            double cx = x + Math.cos(a) * size;
            double cy = y + Math.sin(a) * size * 0.15;
            c.glow(cx, cy - 6, size * 0.25, new Color(255, 230, 170), 0.9);
        }
        c.particles(40, x - size, y - size * 0.3, x + size, y + size * 0.6, new Color(255, 250, 230), 1.5, 4, 0.5, 1);
    }

    /** A window on the world: the outside view, rain on the glass, a frame, and a desk with a lamp before it. */
    private void window() {
        Color room = Canvas.mix(c.shadow, new Color(40, 28, 22), 0.5);
        c.g.setColor(room);
        c.g.fillRect(0, 0, width, height);
        double ww = width * c.range(0.4, 0.72);
        double wx = c.random.nextBoolean() ? width * c.range(0.04, 0.12) : width - ww - width * c.range(0.04, 0.3);
        double wy = height * c.range(0.05, 0.16);
        double wh = height * c.range(0.45, 0.66);
        java.awt.Shape old = c.g.getClip();
        c.g.clip(new Rectangle2D.Double(wx, wy, ww, wh));
        c.g.setPaint(new GradientPaint(0, (float) wy, c.zenith, 0, (float) (wy + wh), c.horizon));
        c.g.fill(new Rectangle2D.Double(wx, wy, ww, wh));
        double horizon = wy + wh * c.range(0.55, 0.75);
        if (w.city || w.rain || w.neon || c.random.nextBoolean()) {
            // City lights beyond the glass, out of focus.
            Color body = c.depthColor(0.7);
            for (double x = wx; x < wx + ww; x += c.range(30, 80)) {
                double h = wh * c.range(0.1, 0.45);
                c.g.setColor(body);
                c.g.fill(new Rectangle2D.Double(x, horizon - h, c.range(30, 80), h + wh));
            }
            for (int i = 0; i < 90; i++) {
                Color light = w.neon && i % 2 == 0 ? new Color(255, 90, 200) : i % 3 == 0 ? new Color(120, 200, 255) : new Color(255, 200, 120);
                c.glow(wx + c.range(0, ww), c.range(horizon - wh * 0.35, wy + wh), c.range(8, 30), light, c.range(0.3, 0.7));
            }
        } else {
            c.g.setColor(c.depthColor(0.5));
            c.g.fill(new Ellipse2D.Double(wx - ww * 0.2, horizon - wh * 0.1, ww * 0.9, wh * 0.5));
            c.g.setColor(c.depthColor(0.8));
            c.g.fill(new Ellipse2D.Double(wx + ww * 0.3, horizon - wh * 0.04, ww * 1.0, wh * 0.5));
        }
        if (w.dark()) {
            c.particles(120, wx, wy, wx + ww, horizon - wh * 0.3, Color.WHITE, 1, 2.5, 0.3, 0.9);
            if (w.has("moon")) {
                c.glow(wx + ww * 0.75, wy + wh * 0.2, wh * 0.2, new Color(200, 210, 255), 0.5);
                c.g.setColor(new Color(236, 236, 225));
                c.g.fill(new Ellipse2D.Double(wx + ww * 0.75 - 24, wy + wh * 0.2 - 24, 48, 48));
            }
        }
        if (w.rain || w.has("window")) {
            rainOnGlass(wx, wy, ww, wh);
        }
        if (w.snow) {
            c.particles(300, wx, wy, wx + ww, wy + wh, Color.WHITE, 2, 6, 0.5, 0.9);
        }
        c.g.setClip(old);
        // Frame and mullions.
        Color frame = Canvas.mix(room, new Color(90, 70, 55), 0.4);
        c.g.setColor(frame);
        c.g.setStroke(new BasicStroke(18f));
        c.g.draw(new Rectangle2D.Double(wx, wy, ww, wh));
        c.g.setStroke(new BasicStroke(9f));
        c.g.drawLine((int) (wx + ww / 2), (int) wy, (int) (wx + ww / 2), (int) (wy + wh));
        c.g.drawLine((int) wx, (int) (wy + wh * 0.45), (int) (wx + ww), (int) (wy + wh * 0.45));
        deskAndLamp(wy + wh + height * 0.03);
        if (w.has("plant", "plants")) {
            plant(wx - 60, wy + wh + height * 0.03);
        }
        if (w.has("curtain")) {
            c.g.setPaint(new GradientPaint((float) wx, 0, Canvas.withAlpha(new Color(150, 120, 160), 0.8), (float) (wx + 120), 0,
                    Canvas.withAlpha(new Color(150, 120, 160), 0.1)));
            c.g.fill(new Rectangle2D.Double(wx - 40, 0, 160, wy + wh + 40));
        }
        if (w.has("fairy lights", "string lights")) {
            for (int i = 0; i < 18; i++) {
                double t = i / 17.0;
                c.glow(wx + ww * t, wy + 30 + 40 * Math.sin(Math.PI * t), 18, new Color(255, 210, 120), 0.9);
            }
        }
    }

    private void rainOnGlass(double wx, double wy, double ww, double wh) {
        for (int i = 0; i < 500; i++) {
            double x = wx + c.range(0, ww);
            double y = wy + c.range(0, wh);
            double r = 1 + Math.pow(c.random.nextDouble(), 3) * 7;
            c.g.setColor(Canvas.withAlpha(new Color(200, 215, 235), c.range(0.15, 0.45)));
            c.g.fill(new Ellipse2D.Double(x - r, y - r, 2 * r, 2 * r * 1.2));
            c.g.setColor(Canvas.withAlpha(Color.WHITE, 0.5));
            c.g.fill(new Ellipse2D.Double(x - r * 0.4, y - r * 0.5, r * 0.5, r * 0.5));
        }
        c.g.setStroke(new BasicStroke(2f));
        for (int i = 0; i < 40; i++) {
            double x = wx + c.range(0, ww);
            double y = wy + c.range(0, wh * 0.6);
            double len = c.range(40, 200);
            c.g.setColor(Canvas.withAlpha(new Color(210, 225, 240), 0.25));
            c.g.draw(new java.awt.geom.QuadCurve2D.Double(x, y, x + c.range(-8, 8), y + len / 2, x + c.range(-6, 6), y + len));
        }
    }

    private void deskAndLamp(double deskY) {
        Color wood = Canvas.mix(new Color(120, 78, 46), c.shadow, 0.35 + 0.3 * c.darkness);
        c.g.setPaint(new GradientPaint(0, (float) deskY, Canvas.brighter(wood, 0.1), 0, height, Canvas.mix(wood, Color.BLACK, 0.5)));
        c.g.fill(new Rectangle2D.Double(0, deskY, width, height - deskY));
        boolean lampRight = c.random.nextBoolean();
        double lx = width * (lampRight ? c.range(0.72, 0.9) : c.range(0.1, 0.28));
        Color lampLight = new Color(255, 196, 120);
        c.glow(lx, deskY - height * 0.12, height * 0.55, lampLight, 0.45);
        c.g.setColor(new Color(30, 24, 20));
        c.g.fill(new Rectangle2D.Double(lx - 5, deskY - height * 0.2, 10, height * 0.2));
        c.g.fill(new Ellipse2D.Double(lx - 60, deskY - 14, 120, 22));
        Path2D shade = new Path2D.Double();
        shade.moveTo(lx - 90, deskY - height * 0.17);
        shade.lineTo(lx - 45, deskY - height * 0.29);
        shade.lineTo(lx + 45, deskY - height * 0.29);
        shade.lineTo(lx + 90, deskY - height * 0.17);
        shade.closePath();
        c.g.setColor(Canvas.mix(new Color(200, 90, 60), lampLight, 0.3));
        c.g.fill(shade);
        c.glow(lx, deskY - height * 0.16, 90, new Color(255, 230, 170), 0.9);
        // Books and a cup.
        double bx = lampRight ? width * c.range(0.08, 0.35) : width * c.range(0.45, 0.65);
        for (int i = 0; i < 4; i++) {
            double bh = 22 + c.range(0, 10);
            c.g.setColor(Canvas.mix(Color.getHSBColor((float) c.random.nextDouble(), 0.5f, 0.6f), c.shadow, 0.3));
            c.g.fill(new RoundRectangle2D.Double(bx + c.range(-10, 10), deskY + 10 - (i + 1) * bh, 220, bh - 2, 6, 6));
        }
        double cx = bx + 320;
        c.g.setColor(new Color(230, 225, 215));
        c.g.fill(new RoundRectangle2D.Double(cx, deskY - 50, 64, 70, 14, 14));
        c.g.setStroke(new BasicStroke(8f));
        c.g.draw(new Ellipse2D.Double(cx + 54, deskY - 38, 34, 34));
        c.g.setColor(Canvas.withAlpha(Color.WHITE, 0.18));
        c.g.setStroke(new BasicStroke(5f));
        for (int i = 0; i < 3; i++) {
            c.g.draw(new java.awt.geom.QuadCurve2D.Double(cx + 16 + i * 16, deskY - 60, cx + 4 + i * 16, deskY - 100, cx + 20 + i * 16, deskY - 140));
        }
    }

    private void plant(double x, double base) {
        c.g.setColor(new Color(90, 60, 40));
        c.g.fill(new Rectangle2D.Double(x, base - 80, 90, 80));
        c.g.setColor(Canvas.mix(new Color(60, 120, 60), c.shadow, 0.4));
        for (int i = 0; i < 9; i++) {
            double a = Math.PI * (0.15 + 0.7 * i / 8.0);
            c.g.fill(new Ellipse2D.Double(x + 45 + Math.cos(a) * 80 - 25, base - 80 - Math.sin(a) * 110 - 12, 50, 24));
        }
    }

    /** Timber, a glowing hearth, lanterns or string lights, and tables in silhouette. */
    private void tavern() {
        Color wood = Canvas.mix(new Color(96, 60, 34), c.shadow, 0.3 + 0.3 * c.darkness);
        c.g.setColor(wood);
        c.g.fillRect(0, 0, width, height);
        for (int x = 0; x < width; x += 60 + c.random.nextInt(40)) {
            c.g.setColor(Canvas.withAlpha(Color.BLACK, c.range(0.15, 0.35)));
            c.g.fill(new Rectangle2D.Double(x, 0, 4, height));
        }
        for (int i = 0; i < 3; i++) {
            double y = height * (0.05 + 0.1 * i);
            c.g.setColor(Canvas.mix(wood, Color.BLACK, 0.5));
            c.g.fill(new Rectangle2D.Double(0, y, width, height * 0.04));
        }
        Color fire = new Color(255, 140, 50);
        boolean hearth = w.fireplace || w.has("tavern", "inn");
        double fx = width * c.range(0.2, 0.75);
        if (hearth) {
            double fw = width * 0.22;
            double fy = height * 0.55;
            c.g.setColor(new Color(70, 64, 60));
            c.g.fill(new Rectangle2D.Double(fx - fw * 0.7, fy - height * 0.3, fw * 1.4, height * 0.5));
            c.g.setColor(new Color(20, 12, 8));
            c.g.fill(new Rectangle2D.Double(fx - fw / 2, fy - height * 0.15, fw, height * 0.35));
            c.glow(fx, fy + height * 0.1, width * 0.45, fire, 0.5);
            for (int i = 0; i < 14; i++) {
                double x = fx + c.range(-0.35, 0.35) * fw;
                double h = height * c.range(0.05, 0.14);
                Path2D flame = new Path2D.Double();
                double base = fy + height * 0.18;
                flame.moveTo(x - 18, base);
                flame.quadTo(x - 10, base - h * 0.6, x + c.range(-8, 8), base - h);
                flame.quadTo(x + 12, base - h * 0.5, x + 18, base);
                flame.closePath();
                c.g.setColor(Canvas.withAlpha(i % 2 == 0 ? new Color(255, 200, 80) : fire, 0.8));
                c.g.fill(flame);
            }
            c.particles(80, fx - fw, fy - height * 0.3, fx + fw, fy + height * 0.15, new Color(255, 190, 90), 2, 4, 0.4, 1);
        }
        Color lamp = w.has("neon") ? new Color(255, 90, 200) : new Color(255, 196, 110);
        int lanterns = 4 + c.random.nextInt(5);
        for (int i = 0; i < lanterns; i++) {
            double x = width * (i + 0.5) / lanterns + c.range(-30, 30);
            double y = height * c.range(0.2, 0.35);
            c.g.setColor(new Color(20, 14, 10));
            c.g.setStroke(new BasicStroke(2f));
            c.g.drawLine((int) x, 0, (int) x, (int) y);
            c.glow(x, y, height * 0.16, lamp, 0.55);
            c.glow(x, y, 20, new Color(255, 240, 200), 1);
        }
        // Tables, mugs and stools in silhouette against the light.
        Color silhouette = new Color(18, 12, 8);
        double floor = height * 0.78;
        c.g.setColor(Canvas.mix(wood, Color.BLACK, 0.55));
        c.g.fill(new Rectangle2D.Double(0, floor, width, height - floor));
        c.g.setColor(silhouette);
        int tables = 2 + c.random.nextInt(3);
        for (int i = 0; i < tables; i++) {
            double x = width * c.range(0.05, 0.85);
            double tw = width * c.range(0.12, 0.2);
            double ty = floor - height * c.range(0.0, 0.06);
            c.g.fill(new Rectangle2D.Double(x, ty, tw, 16));
            c.g.fill(new Rectangle2D.Double(x + 12, ty, 14, height - ty));
            c.g.fill(new Rectangle2D.Double(x + tw - 26, ty, 14, height - ty));
            for (int k = 0; k < 2 + c.random.nextInt(3); k++) {
                double mx = x + c.range(0.1, 0.8) * tw;
                c.g.fill(new RoundRectangle2D.Double(mx, ty - 46, 34, 46, 8, 8));
            }
        }
        c.particles(200, 0, 0, width, height, new Color(255, 210, 150), 1.5, 4, 0.1, 0.4);
    }
}
