import type { SceneDestination, SceneVehicle } from '../map-scene';

const SVG = 'http://www.w3.org/2000/svg';
/** The colour of a delivered vehicle, whatever its delivery's colour. */
export const DELIVERED_COLOR = '#2b8a3e';

/**
 * A vehicle's marker for any provider: a disc in its delivery's colour with an arrow pointing
 * where it heads (a plain disc until it has moved, a check when delivered). Carries
 * `data-vehicle`, `data-heading` and `data-finished` for tests.
 */
export function createVehicleElement(vehicle: SceneVehicle): HTMLElement {
  const element = document.createElement('div');
  element.className = 'scene-vehicle';
  element.style.cssText = 'width:30px;height:30px;cursor:pointer;';
  const svg = document.createElementNS(SVG, 'svg');
  svg.setAttribute('viewBox', '-15 -15 30 30');
  svg.setAttribute('width', '30');
  svg.setAttribute('height', '30');
  svg.setAttribute('aria-hidden', 'true');
  const disc = document.createElementNS(SVG, 'circle');
  disc.setAttribute('r', '12');
  disc.setAttribute('stroke', '#ffffff');
  disc.setAttribute('stroke-width', '2.5');
  const arrow = document.createElementNS(SVG, 'path');
  arrow.setAttribute('fill', '#ffffff');
  svg.append(disc, arrow);
  element.append(svg);
  updateVehicleElement(element, vehicle, false);
  return element;
}

export function updateVehicleElement(element: HTMLElement, vehicle: SceneVehicle, selected: boolean): void {
  const svg = element.firstElementChild as SVGSVGElement | null;
  const disc = svg?.firstElementChild;
  const arrow = svg?.lastElementChild;
  if (!svg || !disc || !arrow) return;
  element.dataset.vehicle = vehicle.deliveryId;
  element.dataset.finished = String(vehicle.finished);
  element.dataset.heading = vehicle.headingDeg === null ? '' : String(Math.round(vehicle.headingDeg));
  element.dataset.selected = String(selected);
  disc.setAttribute('fill', vehicle.finished ? DELIVERED_COLOR : vehicle.color);
  // Arrow pointing north, rotated clockwise to the heading; a check mark once delivered.
  if (vehicle.finished) {
    arrow.setAttribute('d', 'M-6 0 L-2 5 L7 -5 L5 -7 L-2 1 L-4 -2 Z');
    arrow.removeAttribute('transform');
  } else if (vehicle.headingDeg === null) {
    arrow.setAttribute('d', 'M-4 0 A4 4 0 1 0 4 0 A4 4 0 1 0 -4 0 Z');
    arrow.removeAttribute('transform');
  } else {
    arrow.setAttribute('d', 'M0 -10 L5.5 7 L0 3.5 L-5.5 7 Z');
    arrow.setAttribute('transform', `rotate(${vehicle.headingDeg.toFixed(1)})`);
  }
  svg.style.filter = selected ? 'drop-shadow(0 0 3px rgba(0,0,0,0.6))' : 'drop-shadow(0 1px 2px rgba(0,0,0,0.4))';
}

/** A destination pin in the delivery's colour (anchored at its bottom centre). */
export function createDestinationElement(destination: SceneDestination): HTMLElement {
  const element = document.createElement('div');
  element.className = 'scene-destination';
  element.dataset.destination = destination.id;
  element.title = destination.title;
  const svg = document.createElementNS(SVG, 'svg');
  svg.setAttribute('viewBox', '0 0 24 32');
  svg.setAttribute('width', '24');
  svg.setAttribute('height', '32');
  svg.setAttribute('aria-hidden', 'true');
  const pin = document.createElementNS(SVG, 'path');
  pin.setAttribute('d', 'M12 31 C12 31 2 18 2 11 A10 10 0 0 1 22 11 C22 18 12 31 12 31 Z');
  pin.setAttribute('fill', destination.color);
  pin.setAttribute('stroke', '#ffffff');
  pin.setAttribute('stroke-width', '2');
  const dot = document.createElementNS(SVG, 'circle');
  dot.setAttribute('cx', '12');
  dot.setAttribute('cy', '11');
  dot.setAttribute('r', '4');
  dot.setAttribute('fill', '#ffffff');
  svg.append(pin, dot);
  element.append(svg);
  return element;
}
