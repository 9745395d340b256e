package dev.slippers.render.map;

import dev.slippers.model.Stage;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The geometry of the journey map's grid: where each stage column and touchpoint cell starts, and
 * where each lane lies. Pure numbers, testable without Batik.
 */
final class MapGrid {

  static final double MARGIN = 24;
  static final double HEADER_WIDTH = 150;
  static final double CELL_WIDTH = 200;
  static final double EMPTY_STAGE_WIDTH = 170;
  static final double GAP = 10;
  static final double LANE_GAP = 4;

  private final Map<String, Double> stageX = new HashMap<>();
  private final Map<String, Double> stageWidth = new HashMap<>();
  private final Map<String, Double> touchpointX = new HashMap<>();
  private final List<Lane> lanes = new ArrayList<>();
  private final double gridLeft;
  private final double gridRight;
  private double bottom;

  MapGrid(List<Stage> columns) {
    gridLeft = MARGIN + HEADER_WIDTH + GAP;
    double x = gridLeft;
    for (Stage stage : columns) {
      int cells = stage.touchpoints().size();
      double width = cells == 0 ? EMPTY_STAGE_WIDTH : cells * CELL_WIDTH + (cells - 1) * GAP;
      stageX.put(stage.id(), x);
      stageWidth.put(stage.id(), width);
      for (int i = 0; i < cells; i++) {
        touchpointX.putIfAbsent(stage.touchpoints().get(i).id(), x + i * (CELL_WIDTH + GAP));
      }
      x += width + GAP;
    }
    gridRight = x - GAP;
  }

  /** Starts laying lanes from {@code y} down. */
  void startLanes(double y) {
    bottom = y;
  }

  /** Adds a lane of the given content height below the previous one and returns it. */
  Lane addLane(String key, String label, double height) {
    double minimum = JourneyMapSvg.laneLabel(label).height() + 2 * JourneyMapSvg.PAD;
    Lane lane = new Lane(key, label, bottom, Math.max(Math.max(height, minimum), 36));
    lanes.add(lane);
    bottom += lane.height() + LANE_GAP;
    return lane;
  }

  List<Lane> lanes() {
    return lanes;
  }

  Lane lane(String key) {
    return lanes.stream().filter(l -> l.key().equals(key)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no lane " + key));
  }

  boolean hasLane(String key) {
    return lanes.stream().anyMatch(l -> l.key().equals(key));
  }

  double stageX(String stageId) {
    return stageX.get(stageId);
  }

  double stageWidth(String stageId) {
    return stageWidth.get(stageId);
  }

  double touchpointX(String touchpointId) {
    return touchpointX.get(touchpointId);
  }

  double gridLeft() {
    return gridLeft;
  }

  double gridRight() {
    return gridRight;
  }

  double lanesBottom() {
    return bottom - LANE_GAP;
  }

  double width() {
    return Math.max(gridRight, MARGIN + HEADER_WIDTH + 600) + MARGIN;
  }

  /** One horizontal lane of the map. */
  record Lane(String key, String label, double y, double height) {
    double bottom() {
      return y + height;
    }
  }
}
