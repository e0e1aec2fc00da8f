/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.perenne.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Community Block</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.perenne.model.CommunityBlock#getSegments <em>Segments</em>}</li>
 * </ul>
 *
 * @see org.perenne.model.PerennePackage#getCommunityBlock()
 * @model
 * @generated
 */
public interface CommunityBlock extends CanvasBlock {
	/**
	 * Returns the value of the '<em><b>Segments</b></em>' containment reference list.
	 * The list contents are of type {@link org.perenne.model.Segment}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Segments</em>' containment reference list.
	 * @see org.perenne.model.PerennePackage#getCommunityBlock_Segments()
	 * @model containment="true"
	 * @generated
	 */
	EList<Segment> getSegments();

} // CommunityBlock
