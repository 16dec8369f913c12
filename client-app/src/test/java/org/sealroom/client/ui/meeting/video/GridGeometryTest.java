package org.sealroom.client.ui.meeting.video;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class GridGeometryTest {

    private static final double ASPECT = 16.0 / 9.0;

    @Test
    void twoPeopleSitSideBySideOnAWideWindow() {
        GridGeometry grid = GridGeometry.best(2, 1600, 700, ASPECT, 8);
        assertThat(grid.columns()).isEqualTo(2);
        assertThat(grid.rows()).isEqualTo(1);
    }

    @Test
    void nineTilesMakeThreeByThreeOnASixteenByNineArea() {
        GridGeometry grid = GridGeometry.best(9, 1600, 900, ASPECT, 8);
        assertThat(grid.columns()).isEqualTo(3);
        assertThat(grid.rows()).isEqualTo(3);
        assertThat(grid.tileWidth() / grid.tileHeight()).isCloseTo(ASPECT, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(grid.columns() * grid.tileWidth() + 2 * 8).isLessThanOrEqualTo(1600.0001);
        assertThat(grid.rows() * grid.tileHeight() + 2 * 8).isLessThanOrEqualTo(900.0001);
    }

    @Test
    void aTallAreaStacksTiles() {
        GridGeometry grid = GridGeometry.best(3, 400, 1200, ASPECT, 8);
        assertThat(grid.columns()).isEqualTo(1);
        assertThat(grid.rows()).isEqualTo(3);
    }

    @Test
    void nothingToPlaceGivesAnEmptyGrid() {
        assertThat(GridGeometry.best(0, 100, 100, ASPECT, 8).columns()).isZero();
        assertThat(GridGeometry.best(4, 0, 100, ASPECT, 8).tileWidth()).isZero();
    }
}
