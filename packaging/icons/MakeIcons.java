import java.awt.Color;
import java.awt.Font;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.font.GlyphVector;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipFile;
import javax.imageio.ImageIO;

/**
 * Draws the installers' icons: the app's own icon (client-app AppIcon: a blue rounded tile with Material's round
 * lock glyph) as sealroom.png (Linux, 256 px), sealroom.ico (Windows, PNG-compressed 16..256 px) and sealroom.icns
 * (macOS, 128..1024 px). Run once when the icon changes and commit the output:
 *   java packaging/icons/MakeIcons.java ~/.m2/repository/org/kordamp/ikonli/ikonli-material2-pack/12.4.0/ikonli-material2-pack-12.4.0.jar
 */
public class MakeIcons {

    private static final int LOCK = 58309; // mdral-lock in MaterialIcons-Round.ttf (ikonli Material2RoundAL.LOCK)

    public static void main(String[] args) throws Exception {
        Font glyphs;
        try (ZipFile jar = new ZipFile(args[0]);
             InputStream in = jar.getInputStream(jar.getEntry(
                     "META-INF/resources/material2/20200820/fonts/MaterialIcons-Round.ttf"))) {
            glyphs = Font.createFont(Font.TRUETYPE_FONT, in);
        }
        Path dir = Path.of(args.length > 1 ? args[1] : "packaging/icons");
        ImageIO.write(draw(glyphs, 256), "png", dir.resolve("sealroom.png").toFile());
        Files.write(dir.resolve("sealroom.ico"), ico(glyphs, 16, 32, 48, 64, 128, 256));
        Files.write(dir.resolve("sealroom.icns"), icns(glyphs));
    }

    static BufferedImage draw(Font glyphs, int size) {
        BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setPaint(new GradientPaint(0, 0, Color.decode("#3b82f6"), size, size, Color.decode("#1d4ed8")));
        g.fill(new RoundRectangle2D.Double(0, 0, size, size, size * 0.45, size * 0.45));
        Font font = glyphs.deriveFont((float) (size * 0.58));
        GlyphVector lock = font.createGlyphVector(g.getFontRenderContext(), new String(Character.toChars(LOCK)));
        Rectangle2D bounds = lock.getVisualBounds();
        g.setColor(Color.WHITE);
        g.drawGlyphVector(lock, (float) ((size - bounds.getWidth()) / 2 - bounds.getX()),
                (float) ((size - bounds.getHeight()) / 2 - bounds.getY()));
        g.dispose();
        return image;
    }

    static byte[] png(BufferedImage image) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    /** ICO with PNG entries (Windows Vista and later). */
    static byte[] ico(Font glyphs, int... sizes) throws IOException {
        byte[][] pngs = new byte[sizes.length][];
        for (int i = 0; i < sizes.length; i++) {
            pngs[i] = png(draw(glyphs, sizes[i]));
        }
        int offset = 6 + 16 * sizes.length;
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ByteBuffer header = ByteBuffer.allocate(offset).order(ByteOrder.LITTLE_ENDIAN);
        header.putShort((short) 0).putShort((short) 1).putShort((short) sizes.length);
        for (int i = 0; i < sizes.length; i++) {
            header.put((byte) (sizes[i] >= 256 ? 0 : sizes[i])).put((byte) (sizes[i] >= 256 ? 0 : sizes[i]));
            header.put((byte) 0).put((byte) 0).putShort((short) 1).putShort((short) 32);
            header.putInt(pngs[i].length).putInt(offset);
            offset += pngs[i].length;
        }
        bytes.write(header.array());
        for (byte[] png : pngs) {
            bytes.write(png);
        }
        return bytes.toByteArray();
    }

    /** ICNS with PNG entries: ic07 128, ic08 256, ic09 512, ic10 1024 px. */
    static byte[] icns(Font glyphs) throws IOException {
        ByteArrayOutputStream entries = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(entries);
        String[] types = {"ic07", "ic08", "ic09", "ic10"};
        int[] sizes = {128, 256, 512, 1024};
        for (int i = 0; i < types.length; i++) {
            byte[] png = png(draw(glyphs, sizes[i]));
            out.writeBytes(types[i]);
            out.writeInt(8 + png.length);
            out.write(png);
        }
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        DataOutputStream header = new DataOutputStream(file);
        header.writeBytes("icns");
        header.writeInt(8 + entries.size());
        header.write(entries.toByteArray());
        return file.toByteArray();
    }
}
