/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.perenne.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Spaces Block</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.perenne.model.SpacesBlock#getRooms <em>Rooms</em>}</li>
 * </ul>
 *
 * @see org.perenne.model.PerennePackage#getSpacesBlock()
 * @model
 * @generated
 */
public interface SpacesBlock extends CanvasBlock {
	/**
	 * Returns the value of the '<em><b>Rooms</b></em>' containment reference list.
	 * The list contents are of type {@link org.perenne.model.Room}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Rooms</em>' containment reference list.
	 * @see org.perenne.model.PerennePackage#getSpacesBlock_Rooms()
	 * @model containment="true"
	 * @generated
	 */
	EList<Room> getRooms();

} // SpacesBlock
